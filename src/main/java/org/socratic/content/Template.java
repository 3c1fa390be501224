package org.socratic.content;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text with computed slots: {@code "{n} pens cost ${total|money}"}. A slot holds an EvalEx expression over the
 * item's values and an optional format after a bar; {@code {{} and {@code }}} write literal braces.
 * Words drawn for a slot may hold slots themselves. Formats: frac (7/4), mixed (1 3/4), money (2 decimals), comma (12,500), signed ("+ 4" / "- 4", to follow a term),
 * coef (a coefficient before a letter: 1 is left out, -1 is "-"), paren (negatives in brackets), sci (3.2 x 10^5).
 * Without a format, whole numbers print plainly, terminating decimals in full, other fractions as a/b.
 */
final class Template {
    private Template() {}

    static String render(String template, Map<String, ?> values) {
        return render(template, values, 0);
    }

    /** A word chosen for a slot may itself hold slots ("{n} feet below sea level"); they are filled too, 3 deep. */
    private static String render(String template, Map<String, ?> values, int depth) {
        if (depth > 3) throw new IllegalArgumentException("slots nested more than 3 deep in: " + template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) throw new IllegalArgumentException("a '{' is not closed in: " + template);
                out.append(slot(template.substring(i + 1, end).trim(), values, depth));
                i = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("a '}' has no matching '{' (write }} for a brace) in: " + template);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String slot(String slot, Map<String, ?> values, int depth) {
        String expression = slot;
        String format = "";
        int bar = slot.lastIndexOf('|');
        if (bar > 0 && slot.substring(bar + 1).trim().matches("[a-z]+") && slot.charAt(bar - 1) != '|') {
            expression = slot.substring(0, bar).trim();
            format = slot.substring(bar + 1).trim();
        }
        if (expression.isEmpty()) throw new IllegalArgumentException("an empty {} slot");
        EvaluationValue value = Calculator.evaluate(expression, values);
        if (!value.isNumberValue()) {
            if (!format.isEmpty()) throw new IllegalArgumentException("format '" + format + "' needs a number: {" + slot + "}");
            String text = value.getStringValue();
            return text.contains("{") ? render(text, values, depth + 1) : text;
        }
        return format(value.getNumberValue(), format);
    }

    static String format(BigDecimal n, String format) {
        return switch (format) {
            case "" -> plain(n);
            case "frac" -> rational(n).map(Rational::toString).orElseGet(() -> plain(n));
            case "mixed" -> rational(n).map(Rational::toMixedString).orElseGet(() -> plain(n));
            case "money" -> n.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case "comma" -> new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
            case "signed" -> (n.signum() < 0 ? "- " : "+ ") + plain(n.abs());
            case "coef" -> n.compareTo(BigDecimal.ONE) == 0 ? "" : n.compareTo(BigDecimal.ONE.negate()) == 0 ? "-" : plain(n);
            case "paren" -> n.signum() < 0 ? "(" + plain(n) + ")" : plain(n);
            case "sci" -> Answer.Number.scientific(Rational.of(n.round(new MathContext(30))));
            default -> throw new IllegalArgumentException("unknown format '" + format
                    + "' (use frac, mixed, money, comma, signed, coef, paren or sci)");
        };
    }

    /** 12, 4.25, 7/3; anything else rounded to 4 decimal places. */
    static String plain(BigDecimal n) {
        BigDecimal rounded = n.round(new MathContext(40, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (rounded.scale() <= 0) return rounded.toPlainString();
        if (rounded.scale() <= 12) return rounded.toPlainString();
        Optional<Rational> r = rational(n);
        if (r.isPresent()) return r.get().toString();
        return n.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static Optional<Rational> rational(BigDecimal n) {
        return Rational.recover(n, 1_000_000);
    }
}
