package org.socratic.simulation;

import java.util.List;

/**
 * The figures of one selection policy over all simulated students.
 *
 * @param policy                     the selection policy's name
 * @param students                   students simulated
 * @param itemsToMastery             mean practice items on a skill before its first mastery declaration
 * @param falseMasteryRate           share of mastery declarations made while the hidden state was unlearned
 * @param lowStakesFalseMasteryRate  the same, for low-stakes skills only (their threshold is lower)
 * @param missedMasteryRate          share of practised skills learned by the end but not declared mastered
 * @param placementAccuracy          share of skills the diagnostic placed on the right side of 0.5
 * @param placementAccuracyPriorOnly the same from the population prior alone, without a diagnostic
 * @param placementBrier             mean squared error of the placement beliefs against the hidden state
 * @param placementBrierPriorOnly    the same for the population prior alone
 * @param itemsPerStudent            mean items given per student
 * @param masteredPerStudent         mean skills mastered at the end per student
 * @param declarations               mastery declarations made (the false-mastery rate's denominator)
 * @param lowStakesDeclarations      of which on low-stakes skills
 * @param seconds                    computing time spent on this policy
 */
record PolicyFigures(String policy, int students, double itemsToMastery, double falseMasteryRate,
        double lowStakesFalseMasteryRate, double missedMasteryRate, double placementAccuracy,
        double placementAccuracyPriorOnly, double placementBrier, double placementBrierPriorOnly,
        double itemsPerStudent, double masteredPerStudent, long declarations, long lowStakesDeclarations,
        double seconds) {

    /**
     * True when both false-mastery rates stay at or below {@code limit} even at their upper 95% bound (rate plus
     * two standard errors): a setting that only just passes on one sample is not chosen on luck.
     */
    boolean falseMasteryAtMost(double limit) {
        return upperBound(falseMasteryRate, declarations) <= limit
                && (lowStakesDeclarations == 0 || upperBound(lowStakesFalseMasteryRate, lowStakesDeclarations) <= limit);
    }

    private static double upperBound(double rate, long n) {
        return n == 0 ? Double.NaN : rate + 2 * Math.sqrt(rate * (1 - rate) / n);
    }

    static PolicyFigures of(String policy, List<StudentOutcome> outcomes, double seconds) {
        long first = 0, before = 0, declared = 0, wrong = 0, lowDeclared = 0, lowWrong = 0, learned = 0, missed = 0;
        long placed = 0, prior = 0, skills = 0, items = 0, mastered = 0;
        double placedError = 0, priorError = 0;
        for (StudentOutcome o : outcomes) {
            first += o.firstMasteries();
            before += o.itemsBeforeMastery();
            declared += o.declarations();
            wrong += o.falseDeclarations();
            lowDeclared += o.lowStakesDeclarations();
            lowWrong += o.lowStakesFalse();
            learned += o.learnedPractised();
            missed += o.missed();
            placed += o.placementMatches();
            prior += o.priorMatches();
            placedError += o.placementSquaredError();
            priorError += o.priorSquaredError();
            skills += o.skills();
            items += o.items();
            mastered += o.masteredAtEnd();
        }
        int n = outcomes.size();
        return new PolicyFigures(policy, n, ratio(before, first), ratio(wrong, declared), ratio(lowWrong, lowDeclared),
                ratio(missed, learned), ratio(placed, skills), ratio(prior, skills), placedError / skills, priorError / skills, ratio(items, n),
                ratio(mastered, n), declared, lowDeclared, seconds);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
