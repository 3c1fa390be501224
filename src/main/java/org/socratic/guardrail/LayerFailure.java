package org.socratic.guardrail;

/** A layer that could not answer for one text (a model that timed out or replied nonsense), and why. */
public record LayerFailure(String layer, String reason) {
    public LayerFailure {
        if (layer == null || reason == null) throw new IllegalArgumentException("layer and reason are required");
    }
}
