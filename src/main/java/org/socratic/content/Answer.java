package org.socratic.content;

import java.util.List;
import java.util.Objects;

/** The expected answer of one item, of one of a closed set of kinds; {@link AnswerChecker} compares a response to it. */
public sealed interface Answer {
    /** The answer as a person would write it, for worked solutions and teacher views. */
    String display();

    /** How a numeric answer is shown and compared. */
    enum Style {
        /** Compared with a tolerance; shown as a decimal. */
        DECIMAL,
        /** Compared exactly; any equivalent form is accepted (0.75, 3/4, 6/8); shown as a fraction or mixed number. */
        FRACTION,
        /** Compared with a tolerance, and must be written as a x 10^n with 1 <= |a| < 10. */
        SCIENTIFIC
    }

    /**
     * @param unit      the unit the answer is in ("cm", "$", "%", "mi/h"), or empty
     * @param tolerance largest accepted absolute difference (0 = exact)
     * @param variable  the letter a student may write in front ("x = 5"), or empty
     */
    record Number(Rational value, Style style, String unit, double tolerance, String variable, Written written)
            implements Answer {
        public Number {
            Objects.requireNonNull(value);
            Objects.requireNonNull(style);
            Objects.requireNonNull(written);
            unit = unit == null ? "" : unit.trim();
            variable = variable == null ? "" : variable.trim();
            if (tolerance < 0) throw new IllegalArgumentException("tolerance must not be negative");
        }

        public Number(Rational value, Style style, String unit, double tolerance, String variable) {
            this(value, style, unit, tolerance, variable, Written.ANY);
        }

        /** The same answer without a required way of writing it (misconceptions are matched by value). */
        Number anyForm(double newTolerance) {
            return new Number(value, style, unit, Math.max(tolerance, newTolerance), variable, Written.ANY);
        }

        @Override
        public String display() {
            String number = switch (style) {
                case FRACTION -> written == Written.IMPROPER || written == Written.LOWEST_TERMS ? value.toString()
                        : value.toMixedString();
                case DECIMAL -> value.toDecimalString(6);
                case SCIENTIFIC -> scientific(value);
            };
            String shown = unit.equals("$") ? "$" + money(value, number)
                    : unit.equals("%") ? number + "%" : unit.isEmpty() ? number : number + " " + unit;
            return variable.isEmpty() ? shown : variable + " = " + shown;
        }

        private static String money(Rational value, String number) {
            return value.isInteger() ? number : value.toDecimal(java.math.MathContext.DECIMAL64)
                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }

        static String scientific(Rational value) {
            if (value.signum() == 0) return "0";
            java.math.BigDecimal d = value.toDecimal(java.math.MathContext.DECIMAL64).stripTrailingZeros();
            int exponent = d.precision() - d.scale() - 1;
            java.math.BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
            return mantissa.toPlainString() + " x 10^" + exponent;
        }
    }

    /** How a numeric answer must be written, when the item is about the writing (converting, simplifying). */
    enum Written {
        ANY,
        /** A decimal, not a fraction ("write 3/8 as a decimal"). */
        DECIMAL,
        /** A fraction in lowest terms (or a whole number). */
        LOWEST_TERMS,
        /** A single fraction, not a mixed number. */
        IMPROPER,
        /** A mixed number when the value is more than 1. */
        MIXED
    }

    /** @param form a shape the answer must have besides being equivalent */
    record Expression(String text, Form form) implements Answer {
        public Expression {
            Objects.requireNonNull(text);
            Objects.requireNonNull(form);
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** Forms an expression answer may be required to take. */
    enum Form {
        ANY,
        /** No brackets left: "6x + 8", not "2(3x + 4)". */
        EXPANDED,
        /** A number or letter times a bracket: "2(3x + 4)". */
        FACTORED,
        /** No brackets, and each letter appears once: "5x + 2", not "3x + 2x + 2". */
        COMBINED
    }

    /** An equation in one or two variables such as "y = 3x + 2"; any equation with the same solutions is accepted. */
    record Equation(String text) implements Answer {
        @Override
        public String display() {
            return text;
        }
    }

    record Inequality(String variable, Relation relation, Rational bound) implements Answer {
        @Override
        public String display() {
            return variable + " " + relation.symbol() + " " + bound;
        }
    }

    enum Relation {
        LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The relation seen from the other side: 5 < x is x > 5. */
        Relation flipped() {
            return switch (this) {
                case LESS -> GREATER;
                case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
                case GREATER -> LESS;
                case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            };
        }

        static java.util.Optional<Relation> of(String symbol) {
            return switch (symbol) {
                case "<" -> java.util.Optional.of(LESS);
                case "<=", "=<" -> java.util.Optional.of(LESS_OR_EQUAL);
                case ">" -> java.util.Optional.of(GREATER);
                case ">=", "=>" -> java.util.Optional.of(GREATER_OR_EQUAL);
                default -> java.util.Optional.empty();
            };
        }
    }

    /** @param names the coordinate letters, usually x and y, accepted as labels ("x = 3, y = -2") */
    record Point(List<Rational> coordinates, List<String> names) implements Answer {
        public Point {
            coordinates = List.copyOf(coordinates);
            names = List.copyOf(names);
            if (coordinates.size() != names.size()) throw new IllegalArgumentException("one name per coordinate");
        }

        @Override
        public String display() {
            return "(" + String.join(", ", coordinates.stream().map(Rational::toString).toList()) + ")";
        }
    }

    /** A ratio a : b; an equivalent ratio is accepted. */
    record Ratio(Rational first, Rational second) implements Answer {
        @Override
        public String display() {
            return first + " : " + second;
        }
    }

    /**
     * @param option  the right option, as written first in its alias list
     * @param options every option with its accepted spellings (first = how it is shown)
     */
    record Choice(String option, List<List<String>> options) implements Answer {
        public Choice {
            options = options.stream().map(List::copyOf).toList();
            if (options.stream().noneMatch(o -> o.getFirst().equals(option))) {
                throw new IllegalArgumentException("'" + option + "' is not one of the options");
            }
        }

        @Override
        public String display() {
            return option;
        }
    }
}
