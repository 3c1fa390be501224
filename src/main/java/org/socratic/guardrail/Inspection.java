package org.socratic.guardrail;

/** The text under inspection, its normalised forms, which way it is going and its context. */
public record Inspection(String text, NormalisedText normalised, Direction direction, GuardrailContext context) {
    public Inspection {
        if (text == null || normalised == null || direction == null || context == null) {
            throw new IllegalArgumentException("an inspection has no null fields");
        }
    }

    public static Inspection of(String text, Direction direction, GuardrailContext context) {
        return new Inspection(text, Normaliser.normalise(text), direction, context);
    }
}
