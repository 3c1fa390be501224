package org.socratic.grading;

import java.util.List;
import java.util.Objects;
import org.socratic.content.Answer;

/**
 * An open-response prompt from {@code content/open-responses/}: a problem whose final answer the content checker
 * verifies, and a question asking the student to explain it, scored against a rubric. The reference explanations
 * earn full marks; they are the independent signal a model's score is compared with.
 *
 * @param id       {@code <skill>/<local id>}, stable: grades refer to it
 * @param location the file and line it was read from, for error messages
 */
public record OpenPrompt(String id, String skillId, int grade, String problem, Answer answer, String question,
                         Rubric rubric, List<String> references, String location) {
    public static final int MIN_REFERENCES = 2;

    public OpenPrompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(rubric, "rubric");
        references = List.copyOf(references);
        if (references.size() < MIN_REFERENCES) {
            throw new IllegalArgumentException("an open prompt needs at least " + MIN_REFERENCES + " reference answers");
        }
        if (grade < 0 || grade > 12) throw new IllegalArgumentException("grade must be K(0)..12");
    }

    /** The problem and the question, as the student sees them. */
    public String fullText() {
        return problem + "\n" + question;
    }

    String referencesForPrompt() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < references.size(); i++) out.append(i + 1).append(". ").append(references.get(i)).append('\n');
        return out.toString().stripTrailing();
    }
}
