package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A model's grade of one explanation after validation: the score is within the rubric and equals the points of the
 * criteria met, every criterion is known, every piece of evidence is in the explanation, the confidence is 0..1.
 *
 * @param misconception what the student seems to believe that is not so, or null
 * @param rationale     two or three sentences a teacher can read
 */
public record GradeProposal(double score, int maxScore, List<CriterionMet> criteriaMet, @Nullable String misconception,
                            String rationale, double confidence) {
    public GradeProposal {
        criteriaMet = List.copyOf(criteriaMet);
        if (!(score >= 0 && score <= maxScore)) throw new IllegalArgumentException("score outside 0.." + maxScore);
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence outside 0..1");
    }

    /** The score as a share of the maximum, 0..1. */
    public double fraction() {
        return score / maxScore;
    }
}
