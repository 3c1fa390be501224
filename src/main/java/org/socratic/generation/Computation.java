package org.socratic.generation;

import com.ezylang.evalex.data.EvaluationValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socratic.content.Calculator;
import org.socratic.content.Rational;

/**
 * The independent computation behind a model's answer: an arithmetic expression the model wrote over the numbers
 * its problem states, computed here by the project's {@link Calculator}, never taken on the model's word. Only
 * plain arithmetic is allowed (digits, {@code + - * / ^ %}, brackets and a few deterministic functions), every
 * number must be stated in the problem or be one of {@link #FREE_CONSTANTS}, and the value must be exact.
 */
final class Computation {
    static final Set<String> FUNCTIONS = Set.of("ABS", "FLOOR", "CEILING", "SQRT", "GCD", "LCM", "MIN", "MAX");
    /** Numbers a computation may use without the problem stating them: halving, doubling, percent. */
    static final Set<BigDecimal> FREE_CONSTANTS = numbers(Set.of("1", "2", "100"));
    static final long MAX_DENOMINATOR = 1_000_000;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e12");
    private static final Pattern CHARACTERS = Pattern.compile("[0-9A-Za-z.,+\\-*/^%()\\s]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern LITERAL = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[(\\s]*[-+]?\\s*(\\d+(\\.\\d+)?|\\.\\d+)[)\\s]*$");
    /** Numbers as a problem writes them: 1,200 and 4.50 and .5 and the parts of 3/4. */
    private static final Pattern STATED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");

    private Computation() {}

    /** The exact value, or why the computation cannot be trusted. */
    sealed interface Result {
        record Value(Rational value) implements Result {}

        record Failed(Rejection rejection) implements Result {}
    }

    /**
     * @param label    which computation this is, for the rejection detail ("computation", "common_mistake.computation")
     * @param stated   the numbers the problem states ({@link #statedIn})
     */
    static Result compute(String label, String expression, Set<BigDecimal> stated) {
        if (!CHARACTERS.matcher(expression).matches()) {
            return failed(RejectionReason.COMPUTATION_INVALID, label + " '" + expression
                    + "' has characters other than digits, + - * / ^ %, brackets and function names");
        }
        Matcher words = WORD.matcher(expression);
        while (words.find()) {
            if (!FUNCTIONS.contains(words.group().toUpperCase(Locale.ROOT))) {
                return failed(RejectionReason.COMPUTATION_INVALID, label + " uses '" + words.group()
                        + "', which is not one of the functions " + new TreeSet<>(FUNCTIONS));
            }
        }
        BigDecimal number;
        try {
            EvaluationValue value = Calculator.evaluate(expression, Map.of());
            if (!value.isNumberValue()) {
                return failed(RejectionReason.COMPUTATION_INVALID, label + " '" + expression + "' is not a number");
            }
            number = value.getNumberValue();
        } catch (RuntimeException e) {
            return failed(RejectionReason.COMPUTATION_INVALID, label + ": " + e.getMessage());
        }
        if (BARE_NUMBER.matcher(expression).matches()) {
            return failed(RejectionReason.COMPUTATION_TRIVIAL, label + " '" + expression + "' does no arithmetic");
        }
        Optional<Rejection> unstated = unstatedNumber(label, expression, stated);
        if (unstated.isPresent()) return new Result.Failed(unstated.get());
        if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
            return failed(RejectionReason.ANSWER_NOT_EXACT, label + " gives " + number.toEngineeringString()
                    + ", too large for a practice item");
        }
        return Rational.recover(number, MAX_DENOMINATOR).<Result>map(Result.Value::new)
                .orElseGet(() -> failed(RejectionReason.ANSWER_NOT_EXACT, label + " gives "
                        + number.round(new java.math.MathContext(12)).toPlainString() + "..., not an exact fraction"));
    }

    /** Every number written in {@code text}, thousands separators removed. */
    static Set<BigDecimal> statedIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = STATED.matcher(text);
        while (m.find()) found.add(m.group().replace(",", ""));
        return numbers(found);
    }

    private static Optional<Rejection> unstatedNumber(String label, String expression, Set<BigDecimal> stated) {
        boolean usesProblem = false;
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            BigDecimal literal = new BigDecimal(m.group());
            if (stated.contains(literal.stripTrailingZeros())) {
                usesProblem = true;
            } else if (!FREE_CONSTANTS.contains(literal.stripTrailingZeros())) {
                return Optional.of(Rejection.of(RejectionReason.NUMBER_NOT_IN_PROBLEM, label + " uses " + m.group()
                        + ", which the problem does not state"));
            }
        }
        if (!usesProblem) {
            return Optional.of(Rejection.of(RejectionReason.NUMBER_NOT_IN_PROBLEM, label + " uses none of the problem's numbers"));
        }
        return Optional.empty();
    }

    private static Set<BigDecimal> numbers(Set<String> texts) {
        Set<BigDecimal> out = new TreeSet<>();
        for (String t : texts) out.add(new BigDecimal(t).stripTrailingZeros());
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Result failed(RejectionReason reason, String detail) {
        return new Result.Failed(Rejection.of(reason, detail));
    }
}
