package org.socratic.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number the way students write one: "2,000", "2000.0", "2e3", "3.2 x 10^5", "-3/4", "1 1/2", "$4.50",
 * "12 cm", "25%", "x = 5". The value is exact; what follows the number is returned as unit text for the checker.
 */
final class NumberReader {
    /** How the number was written, so a checker can insist on a form (scientific notation) or comment on one. */
    enum Notation { INTEGER, DECIMAL, FRACTION, MIXED, SCIENTIFIC }

    /**
     * @param variable the letter in "x = 5", or empty
     * @param unit     text after the number ("cm", "%"), with a leading "$" moved here; empty when none
     * @param mantissa for scientific notation the factor before the power of ten, otherwise the value
     */
    record Reading(Rational value, Notation notation, String unit, String variable, Rational mantissa,
            boolean lowestTerms) {}

    private static final String PLAIN = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "(?:(" + PLAIN + ")\\s*(?:[eE]\\s*([+-]?\\d+)|[*xX]\\s*10\\s*\\^\\s*\\(?\\s*([+-]?\\d+)\\s*\\)?)"
                    + "|10\\s*\\^\\s*\\(?\\s*([+-]?\\d+)\\s*\\)?)");
    private static final Pattern MIXED = Pattern.compile("(\\d+)\\s+(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern FRACTION = Pattern.compile("(" + PLAIN + ")\\s*/\\s*(" + PLAIN + ")");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|" + PLAIN);
    private static final Pattern VARIABLE_FIRST = Pattern.compile("^([a-zA-Z])\\s*=\\s*(.*)$");
    private static final Pattern VARIABLE_LAST = Pattern.compile("^(.*?)\\s*=\\s*([a-zA-Z])$");

    private NumberReader() {}

    static Parsed<Reading> read(String typed) {
        String text = MathText.plain(typed);
        if (text.isEmpty()) return Parsed.problem("Type an answer first.");
        String variable = "";
        Matcher v = VARIABLE_FIRST.matcher(text);
        Matcher w = VARIABLE_LAST.matcher(text);
        if (v.matches()) {
            variable = v.group(1);
            text = v.group(2).trim();
        } else if (w.matches()) {
            variable = w.group(2);
            text = w.group(1).trim();
        }
        if (text.contains("=")) return Parsed.problem("Give just the value, for example 12 or x = 12.");
        String unit = "";
        boolean negative = false;
        if (text.startsWith("$")) { unit = "$"; text = text.substring(1).trim(); }
        if (text.startsWith("-") || text.startsWith("+")) {
            negative = text.startsWith("-");
            text = text.substring(1).trim();
        }
        if (text.startsWith("$") && unit.isEmpty()) { unit = "$"; text = text.substring(1).trim(); }
        if (text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1) {
            text = text.substring(1, text.length() - 1).trim(); // "(-3)" written with brackets
            if (text.startsWith("-")) { negative = !negative; text = text.substring(1).trim(); }
        }
        return number(text, negative, unit, variable);
    }

    private static Parsed<Reading> number(String text, boolean negative, String unit, String variable) {
        Matcher m;
        Rational value;
        Rational mantissa;
        Notation notation;
        boolean lowestTerms = true;
        String rest;
        if ((m = SCIENTIFIC.matcher(text)).lookingAt()) {
            mantissa = m.group(1) == null ? Rational.ONE : decimal(m.group(1));
            String exponent = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (exponent.replace("-", "").replace("+", "").length() > 4) {
                return Parsed.problem("That power of ten is too large to work with.");
            }
            value = mantissa.times(powerOfTen(Integer.parseInt(exponent)));
            notation = Notation.SCIENTIFIC;
            rest = text.substring(m.end());
        } else if ((m = MIXED.matcher(text)).lookingAt()) {
            BigInteger denominator = new BigInteger(m.group(3));
            if (denominator.signum() == 0) return Parsed.problem(zeroDenominator());
            BigInteger numerator = new BigInteger(m.group(2));
            lowestTerms = numerator.gcd(denominator).equals(BigInteger.ONE) && numerator.compareTo(denominator) < 0;
            value = new Rational(new BigInteger(m.group(1)), BigInteger.ONE).plus(new Rational(numerator, denominator));
            mantissa = value;
            notation = Notation.MIXED;
            rest = text.substring(m.end());
        } else if ((m = FRACTION.matcher(text)).lookingAt()) {
            Rational denominator = decimal(m.group(2));
            if (denominator.signum() == 0) return Parsed.problem(zeroDenominator());
            Rational numerator = decimal(m.group(1));
            lowestTerms = numerator.isInteger() && denominator.isInteger()
                    && numerator.numerator().gcd(denominator.numerator()).equals(java.math.BigInteger.ONE);
            value = numerator.dividedBy(denominator);
            mantissa = value;
            notation = Notation.FRACTION;
            rest = text.substring(m.end());
        } else if ((m = DECIMAL.matcher(text)).lookingAt()) {
            value = decimal(m.group().replace(",", ""));
            mantissa = value;
            notation = m.group().contains(".") ? Notation.DECIMAL : Notation.INTEGER;
            rest = text.substring(m.end());
        } else {
            return Parsed.problem("I was expecting a number, such as 12, -3.5, 3/4 or 1 1/2.");
        }
        rest = rest.trim();
        if (rest.startsWith(",") && rest.length() > 1 && Character.isDigit(rest.charAt(1))) {
            return Parsed.problem("Commas separate thousands (2,000); for a decimal use a point (2.5).");
        }
        if (!rest.isEmpty() && !startsLikeAUnit(rest)) {
            return Parsed.problem("I could read the number but not '" + rest + "' after it. Give one number"
                    + (rest.matches("[-+*/^()].*") ? ", worked out" : "") + ".");
        }
        String fullUnit = unit.isEmpty() ? rest : (rest.isEmpty() ? unit : unit + " " + rest);
        if (negative) {
            value = value.negate();
            mantissa = mantissa.negate();
        }
        return Parsed.ok(new Reading(value, notation, fullUnit.trim(), variable, mantissa, lowestTerms));
    }

    private static boolean startsLikeAUnit(String rest) {
        char c = rest.charAt(0);
        return Character.isLetter(c) || "%$\u00b0\u00a2\"'".indexOf(c) >= 0 || rest.startsWith("/") && rest.length() > 1
                && Character.isLetter(rest.substring(1).trim().charAt(0));
    }

    private static Rational decimal(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return Rational.of(new BigDecimal(t));
    }

    private static Rational powerOfTen(int exponent) {
        BigInteger p = BigInteger.TEN.pow(Math.abs(exponent));
        return exponent >= 0 ? new Rational(p, BigInteger.ONE) : new Rational(BigInteger.ONE, p);
    }

    private static String zeroDenominator() {
        return "A fraction cannot have 0 as its denominator.";
    }
}
