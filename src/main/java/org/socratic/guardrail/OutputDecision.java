package org.socratic.guardrail;

/**
 * What the orchestrator does with an agent's output: show it (possibly rewritten), ask the model once more with the
 * reason, or give up on the model and show the authored hint. An output that fails its first check is reprompted;
 * one that fails the second is replaced.
 */
public sealed interface OutputDecision {
    GuardrailResult result();

    /** The output passed; {@code text} may differ from what the model wrote (terminology, redaction). */
    record Show(String text, GuardrailResult result) implements OutputDecision {}

    /** The output failed on the first attempt: ask again, telling the model why. */
    record Reprompt(String reason, GuardrailResult result) implements OutputDecision {}

    /** The output failed again: show the authored hint instead. */
    record UseAuthoredHint(String text, String reason, GuardrailResult result) implements OutputDecision {}

    /**
     * @param attempt       1 for the model's first output, 2 for the reprompted one
     * @param authoredHint  the item's next authored hint (or the policy's fallback when the item has none)
     */
    static OutputDecision of(GuardrailResult result, int attempt, String authoredHint) {
        if (result.passed()) return new Show(result.text(), result);
        String reason = result.reasons();
        if (attempt <= 1) return new Reprompt(reason, result);
        return new UseAuthoredHint(authoredHint, reason, result);
    }
}
