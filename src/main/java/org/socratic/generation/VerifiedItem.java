package org.socratic.generation;

import java.util.ArrayList;
import java.util.List;
import org.socratic.content.Answer;
import org.socratic.content.Item;
import org.socratic.content.Misconception;

/**
 * A model's item after every check passed: the answer and the wrong answer are the values the project computed,
 * and the texts are the ones the guardrail let through.
 */
record VerifiedItem(Draft draft, Answer.Number answer, Answer.Number mistake) {
    /** Generated items are practice at the middle of the families' range (1..5). */
    static final int DIFFICULTY = 2;
    static final String FAMILY = "generated";

    /**
     * As a practice item: the solution steps before the last are the hint ladder, and the worked solution is every
     * step followed by the answer; the misconception it targets is diagnosed from its computed wrong answer.
     */
    Item toItem(String itemId, String skillId, String misconceptionId, String misconceptionDescription) {
        List<String> steps = draft.steps();
        List<String> ladder = new ArrayList<>(steps.subList(0, steps.size() - 1));
        ladder.add(String.join(" ", steps) + " The answer is " + answer.display() + ".");
        Misconception targeted = new Misconception(misconceptionId, misconceptionDescription, mistake);
        return new Item(itemId, FAMILY, skillId, DIFFICULTY, draft.problem(), answer, ladder, List.of(targeted),
                draft.mistakeExplanation());
    }
}
