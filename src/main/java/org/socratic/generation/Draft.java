package org.socratic.generation;

import java.util.List;

/**
 * A model's item as it wrote it, read from its JSON but not yet trusted: nothing here has been computed or checked.
 *
 * @param computation        the arithmetic the model says gives {@code answer}, over the problem's numbers
 * @param mistakeAnswer      the wrong answer the misconception produces
 * @param mistakeComputation the arithmetic that produces {@code mistakeAnswer}
 */
record Draft(long seed, String problem, String answer, String unit, String computation, List<String> steps,
        String mistakeAnswer, String mistakeComputation, String mistakeExplanation) {
    Draft {
        steps = List.copyOf(steps);
    }
}
