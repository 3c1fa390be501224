package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import java.util.UUID;

/**
 * A student's answer to an open-response prompt, as the orchestrator hands it to {@link GradingAgent#grade}.
 * The explanation should already have passed the input guardrail.
 *
 * @param finalAnswer    the closed final answer, if the student gave one separately (checked by code)
 * @param idempotencyKey when given, a retried submission returns the first grade instead of grading twice
 */
public record OpenAnswer(long studentId, @Nullable UUID sessionId, String promptId, String explanation,
                         @Nullable String finalAnswer, @Nullable String idempotencyKey) {
    public static final int MAX_EXPLANATION = 4_000;

    public OpenAnswer {
        Objects.requireNonNull(promptId, "promptId");
        if (explanation == null || explanation.isBlank()) throw new IllegalArgumentException("the explanation is empty");
        if (explanation.length() > MAX_EXPLANATION) {
            throw new IllegalArgumentException("the explanation is longer than " + MAX_EXPLANATION + " characters");
        }
        if (finalAnswer != null && finalAnswer.length() > 200) throw new IllegalArgumentException("the final answer is too long");
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 150)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 150 characters");
        }
    }
}
