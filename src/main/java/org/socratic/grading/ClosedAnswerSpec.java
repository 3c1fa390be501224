package org.socratic.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socratic.config.YamlNode;
import org.socratic.content.Answer;
import org.socratic.content.Rational;

/**
 * Reads an open prompt's {@code answer:}, the final answer that the content checker verifies:
 * {@code {kind: number|fraction, value: "12" or "3/4", unit, tolerance, variable}} or
 * {@code {kind: choice, value, options: [[option, other spellings...], ...]}}.
 */
final class ClosedAnswerSpec {
    private ClosedAnswerSpec() {}

    static Answer read(YamlNode node) {
        String kind = node.string("kind");
        return switch (kind) {
            case "number", "fraction" -> number(node, kind);
            case "choice" -> choice(node);
            default -> throw node.get("kind").error("unknown answer kind '" + kind + "' (number, fraction or choice)");
        };
    }

    private static Answer number(YamlNode node, String kind) {
        node.allowOnly("kind", "value", "unit", "tolerance", "variable");
        YamlNode valueNode = node.get("value");
        Rational value = rational(valueNode);
        double tolerance = node.decimal("tolerance", 0, 1_000_000, 0);
        Answer.Style style = kind.equals("fraction") ? Answer.Style.FRACTION : Answer.Style.DECIMAL;
        return new Answer.Number(value, style, node.string("unit", ""), tolerance, node.string("variable", ""));
    }

    private static Rational rational(YamlNode valueNode) {
        String text = valueNode.text().trim();
        try {
            int slash = text.indexOf('/');
            if (slash < 0) return Rational.of(new BigDecimal(text));
            long numerator = Long.parseLong(text.substring(0, slash).trim());
            long denominator = Long.parseLong(text.substring(slash + 1).trim());
            if (denominator == 0) throw valueNode.error("the denominator is zero");
            return Rational.of(numerator, denominator);
        } catch (NumberFormatException e) {
            throw valueNode.error("expected a number such as 12, 2.5 or 3/4, got '" + text + "'");
        }
    }

    private static Answer choice(YamlNode node) {
        node.allowOnly("kind", "value", "options");
        List<List<String>> options = new ArrayList<>();
        for (YamlNode option : node.list("options")) {
            List<String> spellings = option.isSequence() ? option.items().stream().map(YamlNode::text).toList()
                    : List.of(option.text());
            if (spellings.isEmpty() || spellings.stream().anyMatch(String::isBlank)) {
                throw option.error("an option needs at least one non-empty spelling");
            }
            options.add(spellings);
        }
        if (options.size() < 2) throw node.get("options").error("a choice needs at least two options");
        YamlNode value = node.get("value");
        if (options.stream().noneMatch(o -> o.getFirst().equals(value.text()))) {
            throw value.error("'" + value.text() + "' is not the first spelling of any option");
        }
        return new Answer.Choice(value.text(), options);
    }
}
