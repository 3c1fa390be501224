package org.socratic.grading;

import java.util.Objects;

/** Whether a grade goes on the student's record or to the teacher's review queue, and why. */
public record GradeDecision(GradeStatus status, String reason) {
    public GradeDecision {
        Objects.requireNonNull(status, "status");
        if (status == GradeStatus.REVIEWED) throw new IllegalArgumentException("only a teacher's review makes a grade reviewed");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a decision carries its reason");
    }

    static GradeDecision record(String reason) { return new GradeDecision(GradeStatus.RECORDED, reason); }

    static GradeDecision queue(String reason) { return new GradeDecision(GradeStatus.PENDING_REVIEW, reason); }

    public boolean queued() { return status == GradeStatus.PENDING_REVIEW; }
}
