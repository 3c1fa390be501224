package org.socratic.guardrail;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline's decision about one text.
 *
 * @param action   the strongest action of all verdicts ({@code ALLOW} when there are none)
 * @param severity the highest severity ({@code NONE} when there are no verdicts)
 * @param verdicts every verdict, in layer order; each is stored
 * @param failures the layers that could not answer (never a veto)
 * @param text     the text to use downstream: redacted or rewritten when that applied, else the original
 * @param reply    for an input that is escalated, redirected or blocked: what the student is told (a caring reply
 *                 with crisis resources, or a kind redirect); for a redaction, a short notice
 */
public record GuardrailResult(Direction direction, String original, Action action, Severity severity,
        List<Verdict> verdicts, List<LayerFailure> failures, String text, Optional<String> reply) {
    public GuardrailResult {
        verdicts = List.copyOf(verdicts);
        failures = List.copyOf(failures);
    }

    /** The labelled categories found, in a stable order (what {@code guardrail scan} reports). */
    public List<Category> categories() {
        return verdicts.stream().map(Verdict::category).filter(Category::labelled).distinct().sorted().toList();
    }

    public boolean leak() {
        return verdicts.stream().anyMatch(v -> v.category() == Category.ANSWER_LEAK);
    }

    public boolean passed() {
        return !action.stopsText();
    }

    public boolean redacted() {
        return !text.equals(original);
    }

    /** The verdict that decided the action: strongest action, then highest severity, then highest score. */
    public Optional<Verdict> deciding() {
        return verdicts.stream().max(Comparator.comparing(Verdict::action).thenComparing(Verdict::severity)
                .thenComparingDouble(Verdict::score));
    }

    /** The reasons of the verdicts that stop the text, for a reprompt. */
    public String reasons() {
        return String.join("; ", verdicts.stream().filter(v -> v.action().stopsText()).map(Verdict::reason).toList());
    }
}
