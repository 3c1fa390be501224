package org.socratic.content;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Computes item parameters and answers with EvalEx (exact decimal arithmetic, 68 digits). Powers bind tighter than a
 * leading minus, as in school: -2^2 is -4. Adds GCD, LCM and DIVISORS (how many whole-number factors), which the
 * standard function set lacks. Public for the item generator, which recomputes a model's answer independently.
 */
public final class Calculator {
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .powerOfPrecedence(OperatorIfc.OPERATOR_PRECEDENCE_POWER_HIGHER)
            .implicitMultiplicationAllowed(false)
            .build()
            .withAdditionalFunctions(Map.entry("GCD", new Gcd()), Map.entry("LCM", new Lcm()),
                    Map.entry("DIVISORS", new Divisors()));

    private Calculator() {}

    /** Evaluates {@code expression} with the given variables; a mistake in it is an {@link IllegalArgumentException}. */
    public static EvaluationValue evaluate(String expression, Map<String, ?> values) {
        try {
            return new Expression(expression, CONFIG).withValues(values).evaluate();
        } catch (EvaluationException | ParseException e) {
            throw new IllegalArgumentException("cannot compute '" + expression + "': " + e.getMessage(), e);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cannot compute '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** Checks that {@code expression} parses; names the problem otherwise. */
    static void validate(String expression) {
        try {
            new Expression(expression, CONFIG).validate();
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a valid expression: " + e.getMessage(), e);
        }
    }

    static java.util.Set<String> variablesOf(String expression) {
        try {
            return new Expression(expression, CONFIG).getUsedVariables();
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a valid expression: " + e.getMessage(), e);
        }
    }

    private static BigInteger whole(EvaluationValue value, Token token) throws EvaluationException {
        BigDecimal d = value.getNumberValue();
        try {
            return d.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new EvaluationException(token, "needs whole numbers, got " + d.toPlainString());
        }
    }

    @FunctionParameter(name = "a")
    @FunctionParameter(name = "b")
    static final class Gcd extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... p)
                throws EvaluationException {
            return EvaluationValue.numberValue(new BigDecimal(whole(p[0], token).gcd(whole(p[1], token))));
        }
    }

    @FunctionParameter(name = "a")
    @FunctionParameter(name = "b")
    static final class Lcm extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... p)
                throws EvaluationException {
            BigInteger a = whole(p[0], token).abs();
            BigInteger b = whole(p[1], token).abs();
            if (a.signum() == 0 || b.signum() == 0) return EvaluationValue.numberValue(BigDecimal.ZERO);
            return EvaluationValue.numberValue(new BigDecimal(a.divide(a.gcd(b)).multiply(b)));
        }
    }

    @FunctionParameter(name = "n")
    static final class Divisors extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... p)
                throws EvaluationException {
            long n = whole(p[0], token).abs().longValueExact();
            if (n == 0 || n > 1_000_000) throw new EvaluationException(token, "DIVISORS needs 1..1000000");
            int count = 0;
            for (long d = 1; d * d <= n; d++) {
                if (n % d == 0) count += d * d == n ? 1 : 2;
            }
            return EvaluationValue.numberValue(BigDecimal.valueOf(count));
        }
    }
}
