package org.socratic.guardrail;

import java.util.List;

/** What one layer said about one text: nothing, some findings, or that it could not answer. */
public sealed interface LayerResult {
    record Clear() implements LayerResult {}

    record Flagged(List<Finding> findings) implements LayerResult {
        public Flagged {
            if (findings == null || findings.isEmpty()) throw new IllegalArgumentException("flagged needs findings");
            findings = List.copyOf(findings);
        }
    }

    /** The layer failed (timeout, HTTP error, bad reply). The pipeline records it and goes on without it. */
    record Unavailable(String reason) implements LayerResult {}

    static LayerResult clear() {
        return new Clear();
    }

    static LayerResult of(List<Finding> findings) {
        return findings.isEmpty() ? new Clear() : new Flagged(findings);
    }

    static LayerResult unavailable(String reason) {
        return new Unavailable(reason);
    }

    default List<Finding> findings() {
        return this instanceof Flagged f ? f.findings() : List.of();
    }
}
