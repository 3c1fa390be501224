package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.socratic.content.Answer;
import org.socratic.content.AnswerChecker;
import org.socratic.content.Verdict;

/**
 * The closed part of an open answer: the final answer, checked by the content checker and never by a model.
 *
 * @param given    what the student wrote, or null when they gave no separate final answer
 * @param feedback the checker's note or what it could not read, or empty
 */
@Serdeable
public record FinalAnswerCheck(@Nullable String given, Outcome outcome, String feedback) {
    public enum Outcome { NOT_GIVEN, CORRECT, INCORRECT, UNREADABLE }

    public FinalAnswerCheck {
        feedback = feedback == null ? "" : feedback;
    }

    static FinalAnswerCheck of(Answer expected, @Nullable String given) {
        if (given == null || given.isBlank()) return new FinalAnswerCheck(null, Outcome.NOT_GIVEN, "");
        return switch (AnswerChecker.check(expected, given)) {
            case Verdict.Correct c -> new FinalAnswerCheck(given, Outcome.CORRECT, c.note());
            case Verdict.Incorrect i -> new FinalAnswerCheck(given, Outcome.INCORRECT, i.feedback());
            case Verdict.Malformed m -> new FinalAnswerCheck(given, Outcome.UNREADABLE, m.message());
        };
    }

    /** One line for the grading prompt: a fact from the checker, so the model has no reason to judge the number. */
    String forPrompt() {
        return switch (outcome) {
            case NOT_GIVEN -> "The student gave no separate final answer.";
            case CORRECT -> "The student's final answer was \"" + given + "\"; the answer checker found it correct.";
            case INCORRECT -> "The student's final answer was \"" + given + "\"; the answer checker found it incorrect.";
            case UNREADABLE -> "The student's final answer \"" + given + "\" could not be read by the answer checker.";
        };
    }
}
