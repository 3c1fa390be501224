package org.socratic.learner;

/**
 * How much one answer counts as evidence about what the student knows. An answer given implausibly fast for the
 * item (a guess, or clicking through) and an answer given after the worked solution was shown (copied, or at least
 * helped) are weaker evidence than an unaided, considered one. The least credible reason wins.
 *
 * @param fastAnswerWeight          weight of an answer faster than the item's plausible minimum
 * @param afterSolutionWeight       weight of an answer given after the worked solution was shown
 * @param defaultMinPlausibleMillis the plausible minimum for an item that does not state its own
 */
public record Credibility(double fastAnswerWeight, double afterSolutionWeight, long defaultMinPlausibleMillis) {
    public static final Credibility DEFAULT = new Credibility(0.3, 0.2, 2000);

    public Credibility {
        if (!(fastAnswerWeight >= 0 && fastAnswerWeight <= 1) || !(afterSolutionWeight >= 0 && afterSolutionWeight <= 1)) {
            throw new IllegalArgumentException("credibility weights must be in [0, 1]");
        }
        if (defaultMinPlausibleMillis < 0) throw new IllegalArgumentException("plausible minimum must be >= 0");
    }

    /** A weight in [0, 1] with the reason it is below 1 (empty when the answer counts fully). */
    public record Weight(double value, String reason) {
        static final Weight FULL = new Weight(1, "");
    }

    /** The weight of an attempt; an unknown response time is not held against the student. */
    public Weight of(Attempt attempt) {
        Weight weight = Weight.FULL;
        long minimum = attempt.minPlausibleMillis() > 0 ? attempt.minPlausibleMillis() : defaultMinPlausibleMillis;
        if (attempt.responseTimeMillis() >= 0 && attempt.responseTimeMillis() < minimum) {
            weight = new Weight(fastAnswerWeight, "answered in " + attempt.responseTimeMillis() + " ms, under the "
                    + minimum + " ms plausible for the item");
        }
        if (attempt.afterWorkedSolution() && afterSolutionWeight < weight.value()) {
            weight = new Weight(afterSolutionWeight, "answered after the worked solution was shown");
        }
        return weight;
    }
}
