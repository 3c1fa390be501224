package org.socratic.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socratic.content.Answer.Relation;
import org.socratic.content.ExpressionReader.Formula;
import org.socratic.content.NumberReader.Notation;
import org.socratic.content.NumberReader.Reading;

/**
 * Compares what a student typed with an item's expected answer, by code. Never throws: anything it cannot read is a
 * {@link Verdict.Malformed} with a message saying how to write it.
 */
public final class AnswerChecker {
    private static final Pattern RELATION = Pattern.compile("<=|>=|=<|=>|<|>");
    private static final Pattern LABEL = Pattern.compile("^\\s*([a-zA-Z])\\s*=\\s*(.+)$");
    private static final Pattern FACTORED = Pattern.compile(
            "^-?\\s*[0-9.]*\\s*[a-z]?\\s*\\*?\\s*\\(.*[+-].*\\)$|^\\(.*[+-].*\\)\\s*\\*?\\s*[0-9.]*[a-z]?$");

    private AnswerChecker() {}

    public static Verdict check(Answer expected, String response) {
        try {
            if (response == null || response.isBlank()) return new Verdict.Malformed("Type an answer first.");
            if (response.length() > 200) return new Verdict.Malformed("That answer is too long; give just the result.");
            return switch (expected) {
                case Answer.Number n -> number(n, response);
                case Answer.Expression e -> expression(e, response);
                case Answer.Equation e -> equation(e, response);
                case Answer.Inequality i -> inequality(i, response);
                case Answer.Point p -> point(p, response);
                case Answer.Ratio r -> ratio(r, response);
                case Answer.Choice c -> choice(c, response);
            };
        } catch (RuntimeException e) {
            return new Verdict.Malformed("I could not read that answer. Write it as simply as you can, like 12 or 3/4.");
        }
    }

    private static Verdict number(Answer.Number expected, String response) {
        if (response.contains("<") || response.contains(">")) {
            return new Verdict.Malformed("Give a single value, not an inequality.");
        }
        Parsed<Reading> parsed = NumberReader.read(response);
        if (parsed instanceof Parsed.Problem<Reading> p) return new Verdict.Malformed(p.message());
        Reading r = ((Parsed.Ok<Reading>) parsed).value();
        if (!expected.variable().isEmpty() && !r.variable().isEmpty()
                && !r.variable().equalsIgnoreCase(expected.variable())) {
            return new Verdict.Malformed("The unknown in this question is " + expected.variable() + ", not "
                    + r.variable() + ".");
        }
        String note = "";
        if (!r.unit().isEmpty()) {
            if (expected.unit().isEmpty()) {
                if (r.unit().length() == 1 && Character.isLetter(r.unit().charAt(0))) {
                    return new Verdict.Malformed("Give the value as a number; '" + response.trim()
                            + "' looks like an expression.");
                }
            } else if (!unitAccepted(expected.unit(), r.unit())) {
                return new Verdict.Incorrect("The question asks for the answer in " + expected.unit()
                        + "; your answer is in " + r.unit() + ".");
            }
        } else if (!expected.unit().isEmpty() && !expected.unit().equals("%") && !expected.unit().equals("$")) {
            note = "Remember to give the unit: " + expected.unit() + ".";
        }
        boolean equal = close(expected, r.value());
        if (expected.style() == Answer.Style.SCIENTIFIC && equal) {
            boolean form = r.notation() == Notation.SCIENTIFIC && inScientificRange(r.mantissa());
            if (!form) {
                return new Verdict.Incorrect("That is the right number, but write it in scientific notation: "
                        + "a x 10^n with a at least 1 and less than 10.");
            }
        }
        if (equal) {
            String form = writtenProblem(expected, r);
            if (form != null) return new Verdict.Incorrect(form);
            if (expected.style() == Answer.Style.FRACTION && !r.lowestTerms()
                    && (r.notation() == Notation.FRACTION || r.notation() == Notation.MIXED)) {
                note = join(note, "In lowest terms that is " + expected.value().toMixedString() + ".");
            }
            return new Verdict.Correct(note);
        }
        return new Verdict.Incorrect(numberFeedback(expected, r));
    }

    /** Null when the answer is written the way the item asks, otherwise what to change. */
    private static String writtenProblem(Answer.Number expected, Reading r) {
        boolean whole = expected.value().isInteger();
        return switch (expected.written()) {
            case ANY -> null;
            case DECIMAL -> r.notation() == Notation.DECIMAL || r.notation() == Notation.INTEGER ? null
                    : "That is the right value; now write it as a decimal.";
            case LOWEST_TERMS -> (r.notation() == Notation.FRACTION || r.notation() == Notation.INTEGER && whole)
                    && r.lowestTerms() ? null : "That is the right value; write it as a fraction in lowest terms.";
            case IMPROPER -> r.notation() == Notation.FRACTION || r.notation() == Notation.INTEGER && whole ? null
                    : "That is the right value; write it as a single fraction, like 7/4.";
            case MIXED -> r.notation() == Notation.MIXED || r.notation() == Notation.INTEGER && whole
                    || r.notation() == Notation.FRACTION && expected.value().abs().compareTo(Rational.ONE) < 0 ? null
                    : "That is the right value; write it as a mixed number, like 1 3/4.";
        };
    }

    private static String numberFeedback(Answer.Number expected, Reading r) {
        Rational v = expected.value();
        if (expected.unit().equals("%") && r.unit().isEmpty() && v.signum() != 0
                && r.value().equals(v.dividedBy(Rational.of(100)))) {
            return "That is the decimal; the question asks for a percent.";
        }
        if (expected.style() == Answer.Style.FRACTION && !v.terminates() && r.notation() == Notation.DECIMAL) {
            double gap = Math.abs(r.value().toDouble() - v.toDouble());
            if (gap < 0.01 * Math.max(1, Math.abs(v.toDouble()))) {
                return "Your decimal is close, but this answer's decimal never ends: give it as a fraction.";
            }
        }
        return "";
    }

    private static boolean close(Answer.Number expected, Rational given) {
        if (given.equals(expected.value())) return true;
        if (expected.style() == Answer.Style.FRACTION && expected.tolerance() == 0) return false;
        BigDecimal gap = given.minus(expected.value()).toDecimal(java.math.MathContext.DECIMAL64).abs();
        double scale = Math.max(1.0, Math.abs(expected.value().toDouble()));
        return gap.doubleValue() <= Math.max(expected.tolerance(), 1e-9 * scale);
    }

    private static boolean inScientificRange(Rational mantissa) {
        Rational m = mantissa.signum() < 0 ? mantissa.negate() : mantissa;
        return m.compareTo(Rational.ONE) >= 0 && m.compareTo(Rational.of(10)) < 0;
    }

    /** "$" alone is accepted for "$/lb": the student gave the amount and the question named the rate. */
    private static boolean unitAccepted(String expected, String given) {
        String e = Units.canonical(expected);
        String g = Units.canonical(given);
        return e.equals(g) || e.contains("/") && e.substring(0, e.indexOf('/')).equals(g);
    }

    private static Verdict expression(Answer.Expression expected, String response) {
        Parsed<Formula> given = ExpressionReader.read(response);
        if (given instanceof Parsed.Problem<Formula> p) return new Verdict.Malformed(p.message());
        Formula g = ((Parsed.Ok<Formula>) given).value();
        Formula e = formula(expected.text());
        Optional<String> stranger = g.variables().stream().filter(v -> !e.variables().contains(v)).findFirst();
        if (stranger.isPresent()) {
            return new Verdict.Incorrect("Your answer uses " + stranger.get() + ", but this question is about "
                    + (e.variables().isEmpty() ? "numbers only" : String.join(" and ", e.variables())) + ".");
        }
        if (!Equivalence.sameExpression(g, e)) return Verdict.incorrect();
        String text = g.text().replace(" ", "");
        return switch (expected.form()) {
            case ANY -> Verdict.correct();
            case EXPANDED -> bracketWithLetter(text) ? new Verdict.Incorrect(
                    "That is equivalent, but the question asks for it without brackets: multiply them out.")
                    : Verdict.correct();
            case FACTORED -> !FACTORED.matcher(text).matches() ? new Verdict.Incorrect(
                    "That is equivalent, but the question asks for a product: a number times a bracket.")
                    : factoredBy(expected.text()).filter(f -> !f.equals(outsideFactor(text))).isPresent() ? new Verdict.Incorrect(
                    "That is factored, but not by the greatest common factor: look for a larger number to take out.")
                    : Verdict.correct();
            case COMBINED -> bracketWithLetter(text) || !likeTermsCombined(text) ? new Verdict.Incorrect(
                    "That is equivalent, but there are still like terms to combine.") : Verdict.correct();
        };
    }

    /** The factor taken out in the expected answer, when it is written factored. */
    private static Optional<String> factoredBy(String expected) {
        String text = MathText.plain(expected).replace(" ", "");
        return FACTORED.matcher(text).matches() ? Optional.of(outsideFactor(text)) : Optional.empty();
    }

    /** The number written in front of (or after) the bracket, without its sign: "4" in "-4(3x + 2)". */
    private static String outsideFactor(String text) {
        Matcher front = Pattern.compile("^-?([0-9.]*)").matcher(text);
        String f = front.find() ? front.group(1) : "";
        if (f.isEmpty()) {
            Matcher back = Pattern.compile("\\)\\*?([0-9.]+)$").matcher(text);
            f = back.find() ? back.group(1) : "1";
        }
        return f.isEmpty() ? "1" : f;
    }

    private static boolean bracketWithLetter(String text) {
        return text.matches(".*\\([^)]*[a-zA-Z][^)]*\\).*");
    }

    /** Each term's letters (with their powers) appear in one term only, and there is at most one constant. */
    private static boolean likeTermsCombined(String text) {
        List<String> signatures = new ArrayList<>();
        for (String term : text.split("(?<=[^*/^(])[+-]")) {
            String signature = term.replaceAll("^[+-]?[0-9.]*\\*?", "");
            if (term.isBlank()) continue;
            if (signatures.contains(signature)) return false;
            signatures.add(signature);
        }
        return true;
    }

    private static Verdict equation(Answer.Equation expected, String response) {
        String text = MathText.plain(response);
        if (text.chars().filter(c -> c == '=').count() != 1 || RELATION.matcher(text.replace("=", "")).find()) {
            return new Verdict.Malformed("Write one equation with a single = sign, like y = 3x + 2.");
        }
        Formula[] given = sides(text);
        if (given == null) {
            return new Verdict.Malformed("I could not read both sides of that equation. Write it like y = 3x + 2.");
        }
        Formula[] wanted = sides(MathText.plain(expected.text()));
        for (Formula side : given) {
            for (String v : side.variables()) {
                if (!wanted[0].variables().contains(v) && !wanted[1].variables().contains(v)) {
                    return new Verdict.Incorrect("Your equation uses " + v + ", which this question does not.");
                }
            }
        }
        return Equivalence.sameEquation(given[0], given[1], wanted[0], wanted[1]) ? Verdict.correct()
                : Verdict.incorrect();
    }

    private static Formula[] sides(String equation) {
        String[] parts = equation.split("=", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) return null;
        Parsed<Formula> left = ExpressionReader.read(parts[0]);
        Parsed<Formula> right = ExpressionReader.read(parts[1]);
        if (left instanceof Parsed.Ok<Formula>(Formula l) && right instanceof Parsed.Ok<Formula>(Formula r)) {
            return new Formula[] {l, r};
        }
        return null;
    }

    private static Verdict inequality(Answer.Inequality expected, String response) {
        String text = MathText.plain(response);
        Matcher m = RELATION.matcher(text);
        if (!m.find()) {
            return new Verdict.Malformed("Write an inequality with <, >, <= or >=, like " + expected.variable() + " > 4.");
        }
        String symbol = m.group();
        String left = text.substring(0, m.start()).trim();
        String right = text.substring(m.end()).trim();
        if (RELATION.matcher(right).find() || left.isEmpty() || right.isEmpty()) {
            return new Verdict.Malformed("Write a single inequality with the letter on one side, like "
                    + expected.variable() + " > 4.");
        }
        Relation relation = Relation.of(symbol).orElseThrow();
        String variable;
        String bound;
        if (left.matches("[a-zA-Z]")) {
            variable = left;
            bound = right;
        } else if (right.matches("[a-zA-Z]")) {
            variable = right;
            bound = left;
            relation = relation.flipped();
        } else {
            return new Verdict.Malformed("Put the letter alone on one side, like " + expected.variable() + " > 4.");
        }
        if (!variable.equals(expected.variable())) {
            return new Verdict.Malformed("The unknown in this question is " + expected.variable() + ".");
        }
        Parsed<Reading> value = NumberReader.read(bound);
        if (value instanceof Parsed.Problem<Reading> p) return new Verdict.Malformed(p.message());
        Rational b = ((Parsed.Ok<Reading>) value).value().value();
        if (!b.equals(expected.bound())) return Verdict.incorrect();
        if (relation == expected.relation()) return Verdict.correct();
        boolean sameDirection = isLess(relation) == isLess(expected.relation());
        return new Verdict.Incorrect(sameDirection ? "Check whether the boundary value itself is included."
                : "Check which way the inequality sign points.");
    }

    private static boolean isLess(Relation r) {
        return r == Relation.LESS || r == Relation.LESS_OR_EQUAL;
    }

    private static Verdict point(Answer.Point expected, String response) {
        String text = MathText.plain(response).trim();
        if (text.startsWith("(") && text.endsWith(")")) text = text.substring(1, text.length() - 1);
        String[] pieces = text.split("\\s*[,;]\\s*|\\s+and\\s+");
        int n = expected.coordinates().size();
        if (pieces.length != n) {
            return new Verdict.Malformed("Give the point as (x, y), for example (3, -2).");
        }
        Rational[] values = new Rational[n];
        for (int i = 0; i < n; i++) {
            String piece = pieces[i];
            int slot = i;
            Matcher label = LABEL.matcher(piece);
            if (label.matches()) {
                slot = expected.names().indexOf(label.group(1).toLowerCase(Locale.ROOT));
                if (slot < 0) return new Verdict.Malformed("This question uses " + expected.names() + ".");
                piece = label.group(2);
            }
            Parsed<Reading> value = NumberReader.read(piece);
            if (value instanceof Parsed.Problem<Reading> p) return new Verdict.Malformed(p.message());
            if (values[slot] != null) return new Verdict.Malformed("You gave " + expected.names().get(slot) + " twice.");
            values[slot] = ((Parsed.Ok<Reading>) value).value().value();
        }
        for (int i = 0; i < n; i++) {
            if (!values[i].equals(expected.coordinates().get(i))) return Verdict.incorrect();
        }
        return Verdict.correct();
    }

    private static Verdict ratio(Answer.Ratio expected, String response) {
        String text = MathText.plain(response).toLowerCase(Locale.ROOT);
        String[] parts = text.split("\\s*:\\s*|\\s+to\\s+");
        if (parts.length == 1) parts = text.split("\\s*/\\s*");
        if (parts.length != 2) return new Verdict.Malformed("Write the ratio like 3 : 4 or 3 to 4.");
        Rational[] values = new Rational[2];
        for (int i = 0; i < 2; i++) {
            Parsed<Reading> value = NumberReader.read(parts[i]);
            if (value instanceof Parsed.Problem<Reading> p) return new Verdict.Malformed(p.message());
            values[i] = ((Parsed.Ok<Reading>) value).value().value();
        }
        if (values[0].signum() == 0 && values[1].signum() == 0) return Verdict.incorrect();
        boolean same = values[0].times(expected.second()).equals(values[1].times(expected.first()));
        if (!same) return Verdict.incorrect();
        boolean identical = values[0].equals(expected.first()) && values[1].equals(expected.second());
        return new Verdict.Correct(identical ? "" : "Right; in simplest form that is " + expected.display() + ".");
    }

    private static Verdict choice(Answer.Choice expected, String response) {
        String given = normalise(response);
        for (List<String> option : expected.options()) {
            for (String spelling : option) {
                if (normalise(spelling).equals(given)) {
                    return option.getFirst().equals(expected.option()) ? Verdict.correct() : Verdict.incorrect();
                }
            }
        }
        return new Verdict.Malformed("Answer with one of: "
                + String.join(", ", expected.options().stream().map(List::getFirst).toList()) + ".");
    }

    static String normalise(String text) {
        return MathText.plain(text).toLowerCase(Locale.ROOT).replaceAll("[.!,;:\"']", "").replaceAll("\\s+", " ")
                .trim();
    }

    private static Formula formula(String text) {
        Parsed<Formula> parsed = ExpressionReader.read(text);
        if (parsed instanceof Parsed.Ok<Formula>(Formula f)) return f;
        throw new IllegalStateException("the expected answer '" + text + "' is not a readable expression");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
