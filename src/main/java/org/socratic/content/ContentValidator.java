package org.socratic.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socratic.config.ConfigException;
import org.socratic.curriculum.SkillGraph;

/**
 * Checks the whole curriculum without a database: the skill graph, every family file, and for every family many
 * drawn instances, each of whose computed answer must pass the checker, whose worked solution must state the answer,
 * and whose misconceptions must be wrong and diagnosed.
 */
public final class ContentValidator {
    /** A misconception that gives the right answer this often is badly constrained. */
    static final double MAX_COINCIDENCE = 0.25;
    static final int MIN_DISTINCT = 10;

    private ContentValidator() {}

    public static ValidationReport validate(Path contentDir, int instancesPerFamily) {
        SkillGraph graph;
        try {
            graph = SkillGraph.load(contentDir);
        } catch (ConfigException e) {
            return new ValidationReport(0, 0, 0, 0, List.of(e.getMessage()));
        }
        ContentBank.Loaded loaded = ContentBank.read(contentDir, graph);
        List<String> errors = new ArrayList<>();
        loaded.errors().forEach(e -> errors.add(e.getMessage()));
        int checked = 0;
        for (Family family : loaded.bank().families()) {
            FamilyCheck check = check(family, instancesPerFamily);
            checked += check.instances();
            errors.addAll(check.errors());
        }
        return new ValidationReport(graph.size(), graph.edgeCount(), loaded.bank().families().size(), checked, errors);
    }

    /** How many instances were checked, and what was wrong (at most a few messages per family). */
    record FamilyCheck(int instances, List<String> errors) {}

    static FamilyCheck check(Family family, int instances) {
        List<String> errors = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        Map<String, Integer> coincidences = new HashMap<>();
        int done = 0;
        for (long seed = 1; seed <= instances && errors.size() < 3; seed++) {
            ItemGenerator.Drawn drawn;
            try {
                drawn = ItemGenerator.draw(family, seed);
            } catch (GenerationException e) {
                errors.add(e.getMessage());
                return new FamilyCheck(done, errors);
            }
            done++;
            Item item = drawn.item();
            prompts.add(item.prompt());
            drawn.coinciding().forEach(id -> coincidences.merge(id, 1, Integer::sum));
            String where = family.location() + " seed " + seed + ": ";
            if (item.answer() instanceof Answer.Number n && n.style() == Answer.Style.DECIMAL && n.tolerance() == 0
                    && n.value().toDecimal(java.math.MathContext.DECIMAL64).stripTrailingZeros().scale() > 4) {
                errors.add(where + "the answer " + n.value().toDecimalString(8) + " has a long decimal: set a "
                        + "tolerance, round it in the expression, or use kind fraction");
            }
            for (String form : acceptedForms(item.answer())) {
                Verdict v = AnswerChecker.check(item.answer(), form);
                if (!v.isCorrect()) errors.add(where + "the computed answer written as '" + form + "' is not accepted: " + v);
            }
            if (item.hints().size() < 3) errors.add(where + "the hint ladder has fewer than 3 steps");
            if (!statesAnswer(item.workedSolution(), item.answer())) {
                errors.add(where + "the worked solution does not state the answer " + item.answer().display()
                        + ": " + item.workedSolution());
            }
            for (Misconception m : item.misconceptions()) {
                String wrong = m.wrongAnswer().display();
                Item.Checked result = item.check(wrong);
                if (!(result.verdict() instanceof Verdict.Incorrect)) {
                    errors.add(where + "misconception " + m.id() + " answer '" + wrong + "' is not read as wrong: "
                            + result.verdict());
                } else if (result.misconception().isEmpty()) {
                    errors.add(where + "misconception " + m.id() + " answer '" + wrong + "' is not diagnosed");
                }
            }
        }
        for (var entry : coincidences.entrySet()) {
            if (done > 0 && entry.getValue() > MAX_COINCIDENCE * done) {
                errors.add(family.location() + ": misconception " + entry.getKey() + " gives the right answer in "
                        + entry.getValue() + " of " + done + " instances; constrain the parameters with where:");
            }
        }
        if (done == instances && prompts.size() < Math.min(MIN_DISTINCT, instances)) {
            errors.add(family.location() + ": only " + prompts.size() + " different items in " + done
                    + " draws; widen the parameter ranges");
        }
        return new FamilyCheck(done, errors);
    }

    /** The answer as displayed, plus for numbers its fraction and (when it ends) its decimal. */
    static List<String> acceptedForms(Answer answer) {
        List<String> forms = new ArrayList<>(List.of(answer.display()));
        if (answer instanceof Answer.Number n && n.style() != Answer.Style.SCIENTIFIC && n.written() == Answer.Written.ANY) {
            forms.add(n.value().toString());
            if (n.value().terminates()) forms.add(n.value().toDecimalString(20));
        }
        return forms;
    }

    /** The worked solution must contain the answer in one of its usual spellings (spaces and case ignored). */
    static boolean statesAnswer(String solution, Answer answer) {
        String text = squash(solution);
        List<String> spellings = new ArrayList<>(List.of(answer.display()));
        if (answer instanceof Answer.Number n) {
            Rational v = n.value();
            spellings.add(v.toString());
            spellings.add(v.toMixedString());
            spellings.add(v.toDecimalString(4));
            spellings.add(Template.format(v.toDecimal(java.math.MathContext.DECIMAL128), "money"));
            spellings.add(Template.format(v.toDecimal(java.math.MathContext.DECIMAL128), "comma"));
            spellings.add(Answer.Number.scientific(v));
            if (!v.terminates()) spellings.add(v.toDecimal(java.math.MathContext.DECIMAL64).setScale(2,
                    java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (answer instanceof Answer.Inequality i) spellings.add(i.variable() + i.relation().symbol() + i.bound());
        if (answer instanceof Answer.Ratio r) spellings.add(r.first() + " to " + r.second());
        return spellings.stream().map(ContentValidator::squash).anyMatch(text::contains);
    }

    private static String squash(String text) {
        return MathText.plain(text).toLowerCase(Locale.ROOT).replace(" ", "").replace("\\(", "").replace("*", "");
    }
}
