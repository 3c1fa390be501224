package org.socratic.content;

import com.ezylang.evalex.data.EvaluationValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws items from a family. The same family and seed always give the same item, so an item id
 * ({@code family#seed}) is enough to show a student's item again or to audit it.
 */
public final class ItemGenerator {
    static final int MAX_DRAWS = 2000;

    private ItemGenerator() {}

    public static Item generate(Family family, long seed) {
        return draw(family, seed).item();
    }

    /** An item and the misconceptions left out of it because on this instance they give the right answer. */
    record Drawn(Item item, List<String> coinciding, Map<String, Object> values) {}

    static Drawn draw(Family family, long seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L ^ family.id().hashCode());
        String lastProblem = "";
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            Map<String, Object> values = new LinkedHashMap<>();
            family.params().forEach((name, param) -> values.put(name, param.draw(random)));
            try {
                for (var derived : family.derived().entrySet()) {
                    values.put(derived.getKey(), plain(Calculator.evaluate(derived.getValue(), values)));
                }
                String failed = firstFailing(family.where(), values);
                if (failed == null) return build(family, seed, values);
                lastProblem = "no draw satisfies 'where: " + failed + "'";
            } catch (IllegalArgumentException e) {
                lastProblem = e.getMessage();
            }
        }
        throw new GenerationException(family, "no valid instance in " + MAX_DRAWS + " draws: " + lastProblem);
    }

    private static String firstFailing(List<String> where, Map<String, Object> values) {
        for (String condition : where) {
            EvaluationValue ok = Calculator.evaluate(condition, values);
            if (!ok.isBooleanValue()) throw new IllegalArgumentException("'" + condition + "' is not true or false");
            if (!ok.getBooleanValue()) return condition;
        }
        return null;
    }

    private static Drawn build(Family family, long seed, Map<String, Object> values) {
        Answer answer;
        try {
            answer = AnswerFactory.build(family.answer(), family.answer().value(), values);
        } catch (IllegalArgumentException e) {
            throw new GenerationException(family, "answer: " + e.getMessage());
        }
        Map<String, Object> withAnswer = new HashMap<>(values);
        withAnswer.put("answer", answer instanceof Answer.Number n
                ? n.value().toDecimal(new java.math.MathContext(70)) : answer.display());
        List<Misconception> misconceptions = new ArrayList<>();
        List<String> coinciding = new ArrayList<>();
        for (Family.MisconceptionSpec spec : family.misconceptions()) {
            Answer wrong;
            try {
                wrong = roundedLikeAStudent(AnswerFactory.build(family.answer(), spec.wrong(), values));
            } catch (IllegalArgumentException e) {
                throw new GenerationException(family, "misconception " + spec.id() + ": " + e.getMessage());
            }
            if (AnswerChecker.check(answer, wrong.display()).isCorrect()) coinciding.add(spec.id());
            else misconceptions.add(new Misconception(spec.id(), spec.description(), wrong));
        }
        try {
            List<String> ladder = new ArrayList<>();
            for (String hint : family.hints()) ladder.add(Template.render(hint, withAnswer).trim());
            ladder.add(Template.render(family.solution(), withAnswer).trim());
            Item item = new Item(family.id() + "#" + seed, family.id(), family.skillId(), family.difficulty(),
                    Template.render(family.prompt(), withAnswer).trim(), answer, ladder, misconceptions,
                    family.explanation().trim());
            return new Drawn(item, coinciding, values);
        } catch (IllegalArgumentException e) {
            throw new GenerationException(family, e.getMessage());
        }
    }

    /**
     * A wrong answer such as 7 / 24.5 = 0.2857... is typed rounded (0.29): diagnosis accepts it to the hundredth,
     * or to half a percent for large values. The right answer is checked first, so this never hides a correct one.
     */
    private static Answer roundedLikeAStudent(Answer wrong) {
        if (!(wrong instanceof Answer.Number n)) return wrong;
        if (n.style() == Answer.Style.FRACTION) return n.anyForm(0);
        java.math.BigDecimal hundredths = n.value().toDecimal(java.math.MathContext.DECIMAL128)
                .multiply(java.math.BigDecimal.valueOf(100));
        if (hundredths.stripTrailingZeros().scale() <= 0) return n.anyForm(0);
        return n.anyForm(Math.max(0.0051, 0.005 * Math.abs(n.value().toDouble())));
    }

    private static Object plain(EvaluationValue value) {
        if (value.isNumberValue()) return value.getNumberValue();
        if (value.isBooleanValue()) return value.getBooleanValue();
        if (value.isStringValue()) return value.getStringValue();
        return value.getValue();
    }
}
