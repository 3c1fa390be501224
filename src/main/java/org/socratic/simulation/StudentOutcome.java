package org.socratic.simulation;

/**
 * What happened to one simulated student.
 *
 * @param items                  practice and review items given (diagnostic excluded)
 * @param firstMasteries         skills declared mastered at least once
 * @param itemsBeforeMastery     practice items on those skills before their first declaration, summed
 * @param declarations           mastery declarations, repeats after a revocation included
 * @param falseDeclarations      declarations while the hidden state was unlearned
 * @param lowStakesDeclarations  declarations on low-stakes skills
 * @param lowStakesFalse         of which false
 * @param learnedPractised       practised skills whose hidden state was learned at the end
 * @param missed                 of which not mastered at the end
 * @param placementMatches       skills whose placement belief (>= 0.5) matched the hidden state
 * @param priorMatches           skills whose population prior (>= 0.5) matched it: the no-diagnostic baseline
 * @param placementSquaredError  sum over skills of (belief - hidden)^2 after placement (Brier score numerator)
 * @param priorSquaredError      the same for the population prior
 * @param skills                 skills in the graph
 * @param masteredAtEnd          skills mastered at the end
 */
record StudentOutcome(int items, int firstMasteries, int itemsBeforeMastery, int declarations, int falseDeclarations,
        int lowStakesDeclarations, int lowStakesFalse, int learnedPractised, int missed, int placementMatches,
        int priorMatches, double placementSquaredError, double priorSquaredError, int skills, int masteredAtEnd) {}
