package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * What grading an open answer did, for the orchestrator: the stored grade's id and status with the reason, the
 * score on the student's record (null while a teacher has not seen a queued grade), the closed final answer's
 * check, the trace of the model call, and the message to show the student.
 *
 * @param replayed true when an earlier submission with the same idempotency key was returned
 */
public record GradingResult(long gradeId, GradeStatus status, String reason, @Nullable Double score, int maxScore,
                            FinalAnswerCheck finalAnswer, @Nullable UUID traceId, String studentMessage,
                            boolean replayed) {
    static final String QUEUED_MESSAGE = "Thanks, your explanation is saved. Your teacher will read it and give you"
            + " your score.";
    static final String UNAVAILABLE_MESSAGE = "The grading helper is not available right now. Your explanation is"
            + " saved, and your teacher will read it and give you your score.";

    /** On the record, the student sees the score; queued, that a teacher will look at it (never why). */
    static String studentMessage(GradeStatus status, String reason, @Nullable Double score, int maxScore) {
        if (status == GradeStatus.PENDING_REVIEW) {
            return reason.equals(GradingPolicy.MODEL_UNAVAILABLE) ? UNAVAILABLE_MESSAGE : QUEUED_MESSAGE;
        }
        return "Your explanation earned " + ProposalReader.fmt(score) + " of " + maxScore + " points.";
    }
}
