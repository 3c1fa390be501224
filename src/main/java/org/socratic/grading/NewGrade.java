package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import java.util.UUID;

/** A grade to store, with the decision that places it on the record or in the queue. */
record NewGrade(long studentId, @Nullable UUID sessionId, String skillId, String promptId, String answer,
                @Nullable Double score, int maxScore, @Nullable Double confidence, @Nullable String rationale,
                GradeDecision decision, @Nullable UUID traceId, String detailJson, @Nullable String idempotencyKey) {
    NewGrade {
        Objects.requireNonNull(decision, "decision");
        if (decision.status() == GradeStatus.RECORDED && score == null) {
            throw new IllegalArgumentException("a grade without a score cannot go on the record");
        }
    }

    /** The score on the student's record: the model's when recorded, none while queued. */
    @Nullable Double finalScore() {
        return decision.queued() ? null : score;
    }
}
