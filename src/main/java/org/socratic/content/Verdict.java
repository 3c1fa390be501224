package org.socratic.content;

/**
 * What the checker says about one response. {@link Malformed} is not a wrong answer: the student is asked to
 * rewrite it and no attempt should be recorded.
 */
public sealed interface Verdict {
    /** @param note a remark worth passing on ("right; in lowest terms that is 3/4"), or empty */
    record Correct(String note) implements Verdict {}

    /** @param feedback why, when the checker can tell without giving the answer away, or empty */
    record Incorrect(String feedback) implements Verdict {}

    /** @param message what could not be read and how to write it */
    record Malformed(String message) implements Verdict {}

    default boolean isCorrect() {
        return this instanceof Correct;
    }

    static Verdict correct() {
        return new Correct("");
    }

    static Verdict incorrect() {
        return new Incorrect("");
    }
}
