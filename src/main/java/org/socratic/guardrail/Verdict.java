package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;

/**
 * One decision of the pipeline about one category of one text: what the policy does about it, how serious it is,
 * which layer decided it and with what score, and why. Every verdict is stored.
 */
public record Verdict(Category category, Action action, Severity severity, String layer, double score, String reason,
        List<Span> spans, Optional<String> rewrite) {
    public Verdict {
        if (category == null || action == null || severity == null || layer == null || reason == null
                || spans == null || rewrite == null) {
            throw new IllegalArgumentException("a verdict has no null fields");
        }
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score must be in [0,1]: " + score);
        if (layer.isBlank()) throw new IllegalArgumentException("a verdict names its layer");
        spans = List.copyOf(spans);
    }

    /** The policy's decision about a layer's finding. */
    public static Verdict decided(Finding finding, String layer, Action action, Severity severity) {
        return new Verdict(finding.category(), action, severity, layer, finding.score(), finding.reason(),
                finding.spans(), finding.rewrite());
    }
}
