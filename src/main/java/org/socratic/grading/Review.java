package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * A teacher's decision on a grade, validated: accept the model's score, or override it with a score within the
 * rubric and a reason (required, because an override is what an audit asks about).
 */
record Review(Decision decision, @Nullable Double score, String reason) {
    static final int MAX_REASON = 1_000;

    enum Decision {
        ACCEPT, OVERRIDE;

        String dbValue() { return name().toLowerCase(Locale.ROOT); }
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong. */
    static Review of(@Nullable String decision, @Nullable Double score, @Nullable String reason, StoredGrade grade) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) throw new IllegalArgumentException("reason is longer than " + MAX_REASON + " characters");
        if ("accept".equals(decision)) {
            if (grade.score() == null) {
                throw new IllegalArgumentException("the model proposed no score for this grade; override it with a score and a reason");
            }
            if (score != null && Math.abs(score - grade.score()) > 1e-9) {
                throw new IllegalArgumentException("accept keeps the model's score " + ProposalReader.fmt(grade.score())
                        + "; to give another score, override with a reason");
            }
            return new Review(Decision.ACCEPT, grade.score(), why.isEmpty() ? "accepted the model's grade" : why);
        }
        if ("override".equals(decision)) {
            if (score == null) throw new IllegalArgumentException("an override needs a score");
            double max = grade.maxScore() == null ? Double.MAX_VALUE : grade.maxScore();
            if (!(score >= 0 && score <= max)) {
                throw new IllegalArgumentException("score must be between 0 and " + ProposalReader.fmt(max));
            }
            if (why.isEmpty()) throw new IllegalArgumentException("an override needs a reason");
            return new Review(Decision.OVERRIDE, score, why);
        }
        throw new IllegalArgumentException("decision must be \"accept\" or \"override\"");
    }
}
