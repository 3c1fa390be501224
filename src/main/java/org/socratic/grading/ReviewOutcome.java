package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * What a review did: the score now on the student's record, the one it replaced (null if the grade was queued),
 * and the trace of the model call it accepts or overrides.
 *
 * @param replayed true when an earlier request with the same {@code Idempotency-Key} was answered again
 */
@Serdeable
public record ReviewOutcome(long reviewId, long gradeId, String decision, double finalScore,
                            @Nullable Double previousScore, @Nullable UUID traceId, String reason, String status,
                            boolean replayed) {
    static ReviewOutcome of(GradeStore.Reviewed r) {
        return new ReviewOutcome(r.reviewId(), r.gradeId(), r.decision(), r.finalScore(), r.previousScore(),
                r.traceId(), r.reason(), GradeStatus.REVIEWED.dbValue(), r.replayed());
    }
}
