package org.socratic.grading;

import static org.socratic.grading.ProposalReader.fmt;

/**
 * Decides whether a model's grade goes on the student's record or to the teacher. In order, the first rule that
 * queues wins: no reply; a reply that failed validation; confidence below the threshold; no independent signal;
 * a high score the signal contradicts; a low score the signal contradicts. Otherwise the grade is recorded, and the
 * reason says what agreed.
 */
final class GradingPolicy {
    static final String MODEL_UNAVAILABLE = "grading model unavailable";
    private final GradingThresholds t;

    GradingPolicy(GradingThresholds thresholds) {
        this.t = thresholds;
    }

    GradeDecision decide(ModelOutcome outcome, Similarity similarity) {
        return switch (outcome) {
            case ModelOutcome.Unavailable u -> GradeDecision.queue(MODEL_UNAVAILABLE);
            case ModelOutcome.Unreadable u -> GradeDecision.queue("the model's grade was not valid: "
                    + String.join("; ", u.problems()));
            case ModelOutcome.Proposed p -> decide(p.proposal(), similarity);
        };
    }

    private GradeDecision decide(GradeProposal p, Similarity similarity) {
        String score = fmt(p.score()) + "/" + p.maxScore();
        if (p.confidence() < t.minConfidence()) {
            return GradeDecision.queue("low confidence: the model is " + fmt2(p.confidence()) + " sure of " + score
                    + " (below " + fmt2(t.minConfidence()) + ")");
        }
        if (!similarity.known()) {
            return GradeDecision.queue("no independent signal: the similarity to the reference answers could not be computed");
        }
        double s = similarity.best();
        if (p.fraction() >= t.highScore() && s < t.lowSimilarity()) {
            return GradeDecision.queue("disagreement: the model gave " + score + " but the answer is unlike every"
                    + " reference answer (similarity " + fmt2(s) + ", below " + fmt2(t.lowSimilarity()) + ")");
        }
        if (p.fraction() <= t.lowScore() && s >= t.highSimilarity()) {
            return GradeDecision.queue("disagreement: the model gave " + score + " but the answer is close to reference"
                    + " answer " + (similarity.closestReference() + 1) + " (similarity " + fmt2(s) + ", at least "
                    + fmt2(t.highSimilarity()) + ")");
        }
        return GradeDecision.record("the model gave " + score + " with confidence " + fmt2(p.confidence())
                + " and the similarity to the reference answers (" + fmt2(s) + ") does not contradict it");
    }

    private static String fmt2(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
