package org.socratic.orchestrator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to {@code POST /api/sessions/{id}/attempts}. {@code correct} is null when the answer could not be read
 * (the feedback says why, nothing is recorded against the student). {@code replayed} is true when the same
 * idempotency key was used before and this is the first answer's result.
 */
@Serdeable
public record AttemptResult(@Nullable Boolean correct, String feedback, @Nullable MasteryReport mastery,
                            SessionView next, boolean replayed) {
    @Serdeable
    public record MasteryReport(String skillId, double before, double after, int observations, boolean mastered) {}

    AttemptResult asReplay() {
        return new AttemptResult(correct, feedback, mastery, next, true);
    }
}
