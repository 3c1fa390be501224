package org.socratic.learner;

/**
 * One skill's Bayesian Knowledge Tracing parameters, and the update and prediction as pure functions of a
 * probability that the student knows the skill.
 *
 * <p>The hidden state is learned or unlearned. An answer is emitted from the state the student is in when answering
 * (correct with probability {@code 1 - slip} if learned, {@code guess} if not); then the practice opportunity may
 * teach the skill ({@code learn}) or, in the forgetting variant, lose it ({@code forget}).
 *
 * @param prior  probability that the skill is known before the first answer
 * @param learn  probability of moving from unlearned to learned after an opportunity
 * @param guess  probability of a correct answer while unlearned
 * @param slip   probability of a wrong answer while learned
 * @param forget probability of moving from learned to unlearned after an opportunity (0 in classic BKT)
 */
public record BktParameters(double prior, double learn, double guess, double slip, double forget) {
    /**
     * The defaults OATutor publishes for a skill that has no fitted parameters (all four at 0.1, no forgetting);
     * used until a skill has enough data to be fitted.
     */
    public static final BktParameters DEFAULTS = new BktParameters(0.1, 0.1, 0.1, 0.1, 0.0);

    public BktParameters {
        requireProbability("prior", prior);
        requireProbability("learn", learn);
        requireProbability("guess", guess);
        requireProbability("slip", slip);
        requireProbability("forget", forget);
        if (guess + slip >= 1) {
            throw new IllegalArgumentException("guess + slip must be below 1 (a learned student must answer better "
                    + "than an unlearned one), got guess " + guess + " and slip " + slip);
        }
    }

    /** Classic four-parameter BKT, without forgetting. */
    public static BktParameters of(double prior, double learn, double guess, double slip) {
        return new BktParameters(prior, learn, guess, slip, 0);
    }

    /** Probability that the next answer is correct for a student who knows the skill with probability pKnown. */
    public double predictCorrect(double pKnown) {
        return pKnown * (1 - slip) + (1 - pKnown) * guess;
    }

    /**
     * Probability that the skill was known when the answer was given. A weight below 1 tempers the evidence
     * (each likelihood is raised to the power {@code weight}): 1 is a full observation, 0 leaves pKnown unchanged.
     */
    public double observe(double pKnown, boolean correct, double weight) {
        double ifKnown = correct ? 1 - slip : slip;
        double ifUnknown = correct ? guess : 1 - guess;
        if (weight != 1) {
            ifKnown = Math.pow(ifKnown, weight);
            ifUnknown = Math.pow(ifUnknown, weight);
        }
        double known = pKnown * ifKnown;
        double total = known + (1 - pKnown) * ifUnknown;
        return total == 0 ? pKnown : known / total;
    }

    /** Probability that the skill is known after a practice opportunity, before the next answer. */
    public double transition(double pKnown) {
        return pKnown * (1 - forget) + (1 - pKnown) * learn;
    }

    /** The posterior after an answer followed by the opportunity's learning: the state before the next answer. */
    public double update(double pKnown, boolean correct, double weight) {
        return transition(observe(pKnown, correct, weight));
    }

    /** {@link #update(double, boolean, double)} with a fully credible answer. */
    public double update(double pKnown, boolean correct) {
        return update(pKnown, correct, 1);
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + value);
        }
    }
}
