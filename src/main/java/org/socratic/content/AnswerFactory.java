package org.socratic.content;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socratic.content.Answer.Relation;
import org.socratic.content.Family.Spec;
import org.socratic.content.NumberReader.Reading;

/** Turns a family's answer declaration (or a misconception's wrong answer) into an {@link Answer} for one instance. */
final class AnswerFactory {
    private static final Pattern INEQUALITY = Pattern.compile("^\\s*([a-zA-Z])\\s*(<=|>=|<|>)\\s*(.+)$");

    private AnswerFactory() {}

    static Answer build(Spec spec, String declared, Map<String, Object> values) {
        if (spec.kind().computed()) {
            EvaluationValue value = Calculator.evaluate(declared, values);
            if (!value.isNumberValue()) throw new IllegalArgumentException("'" + declared + "' does not give a number");
            BigDecimal n = value.getNumberValue();
            Rational exact = Rational.recover(n, 1_000_000).orElseGet(() -> Rational.of(n.round(
                    new java.math.MathContext(34))));
            Answer.Style style = switch (spec.kind()) {
                case FRACTION -> Answer.Style.FRACTION;
                case SCIENTIFIC -> Answer.Style.SCIENTIFIC;
                default -> Answer.Style.DECIMAL;
            };
            if (style == Answer.Style.FRACTION && exact.denominator().bitLength() > 20) {
                throw new IllegalArgumentException("'" + declared + "' is not a fraction with a small denominator");
            }
            String unit = Template.render(spec.unit(), values);
            return new Answer.Number(exact, style, unit, spec.tolerance(), spec.variable(), spec.written());
        }
        String text = Template.render(declared, values).trim();
        return switch (spec.kind()) {
            case EXPRESSION -> new Answer.Expression(text, spec.form());
            case EQUATION -> new Answer.Equation(text);
            case INEQUALITY -> inequality(text);
            case POINT -> point(text, spec.variable());
            case RATIO -> ratio(text);
            case CHOICE -> choice(text, spec.options());
            default -> throw new IllegalStateException(spec.kind().name());
        };
    }

    private static Answer inequality(String text) {
        Matcher m = INEQUALITY.matcher(MathText.plain(text));
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not an inequality like x > 4");
        return new Answer.Inequality(m.group(1), Relation.of(m.group(2)).orElseThrow(), number(m.group(3)));
    }

    private static Answer point(String text, String names) {
        String inner = MathText.plain(text).replaceAll("^\\(|\\)$", "");
        List<Rational> coordinates = java.util.Arrays.stream(inner.split(",")).map(AnswerFactory::number).toList();
        List<String> letters = names.isBlank() ? List.of("x", "y")
                : java.util.Arrays.stream(names.split("\\s*,\\s*")).toList();
        if (letters.size() != coordinates.size()) {
            throw new IllegalArgumentException("'" + text + "' does not have one coordinate per name " + letters);
        }
        return new Answer.Point(coordinates, letters);
    }

    private static Answer ratio(String text) {
        String[] parts = MathText.plain(text).split(":");
        if (parts.length != 2) throw new IllegalArgumentException("'" + text + "' is not a ratio like 3 : 4");
        return new Answer.Ratio(number(parts[0]), number(parts[1]));
    }

    private static Answer choice(String text, List<List<String>> options) {
        String wanted = AnswerChecker.normalise(text);
        for (List<String> option : options) {
            for (String spelling : option) {
                if (AnswerChecker.normalise(spelling).equals(wanted)) return new Answer.Choice(option.getFirst(), options);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of the options");
    }

    private static Rational number(String text) {
        Parsed<Reading> parsed = NumberReader.read(text.trim());
        if (parsed instanceof Parsed.Ok<Reading>(Reading r) && r.unit().isEmpty()) return r.value();
        throw new IllegalArgumentException("'" + text.trim() + "' is not a number");
    }
}
