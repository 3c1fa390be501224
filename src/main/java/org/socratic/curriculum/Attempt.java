package org.socratic.curriculum;

/**
 * One answered item, as the audit needs it (from an {@code attempt} event). Attempts are given in the order they
 * happened.
 *
 * @param afterWorkedSolution the student had seen the worked solution: a right answer then shows no mastery
 */
public record Attempt(long studentId, String skillId, boolean correct, boolean afterWorkedSolution) {
    /** Counts as evidence of knowing the skill. */
    boolean independentCorrect() {
        return correct && !afterWorkedSolution;
    }
}
