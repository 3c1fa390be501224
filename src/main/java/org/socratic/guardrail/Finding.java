package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;

/**
 * What one layer recognised in a text, before the policy turns it into a {@link Verdict}.
 *
 * @param category what was recognised
 * @param severity the layer's own view of the severity (a lexicon entry marked critical, for example); empty means
 *                 the category's severity in the policy
 * @param score    the layer's confidence in [0, 1]
 * @param reason   why, in words a teacher can read (the matched term, the pattern's description)
 * @param spans    where in the original text, for redaction; empty when the whole text is concerned
 * @param rewrite  the whole text as the layer would rewrite it (terminology), empty otherwise
 */
public record Finding(Category category, Optional<Severity> severity, double score, String reason, List<Span> spans,
        Optional<String> rewrite) {
    public Finding {
        if (category == null || severity == null || reason == null || spans == null || rewrite == null) {
            throw new IllegalArgumentException("a finding has no null fields");
        }
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score must be in [0,1]: " + score);
        spans = List.copyOf(spans);
    }

    public static Finding of(Category category, double score, String reason) {
        return new Finding(category, Optional.empty(), score, reason, List.of(), Optional.empty());
    }

    public static Finding of(Category category, Severity severity, double score, String reason) {
        return new Finding(category, Optional.of(severity), score, reason, List.of(), Optional.empty());
    }

    public static Finding redaction(Category category, String reason, List<Span> spans) {
        return new Finding(category, Optional.empty(), 1.0, reason, spans, Optional.empty());
    }

    public static Finding rewrite(Category category, String reason, String rewritten) {
        return new Finding(category, Optional.empty(), 1.0, reason, List.of(), Optional.of(rewritten));
    }
}
