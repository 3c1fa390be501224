package org.socratic.content;

import java.util.List;
import java.util.Optional;

/**
 * One practice item drawn from a family: reproducible from its id ({@code family#seed}).
 *
 * @param hints the hint ladder, in order; the last step is the worked solution
 */
public record Item(String id, String familyId, String skillId, int difficulty, String prompt, Answer answer,
        List<String> hints, List<Misconception> misconceptions, String explanation) {
    public Item {
        hints = List.copyOf(hints);
        misconceptions = List.copyOf(misconceptions);
    }

    /** The checker's verdict, and for a wrong answer the misconception that produces it, if one does. */
    public Checked check(String response) {
        Verdict verdict = AnswerChecker.check(answer, response);
        if (!(verdict instanceof Verdict.Incorrect)) return new Checked(verdict, Optional.empty());
        for (Misconception m : misconceptions) {
            if (AnswerChecker.check(m.wrongAnswer(), response).isCorrect()) return new Checked(verdict, Optional.of(m));
        }
        return new Checked(verdict, Optional.empty());
    }

    public String workedSolution() {
        return hints.getLast();
    }

    /** A response's verdict with its diagnosis. */
    public record Checked(Verdict verdict, Optional<Misconception> misconception) {
        public boolean correct() {
            return verdict.isCorrect();
        }
    }
}
