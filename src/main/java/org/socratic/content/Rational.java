package org.socratic.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** An exact fraction in lowest terms with a positive denominator; answers are compared exactly where they can be. */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    public static final Rational ZERO = of(0);
    public static final Rational ONE = of(1);

    public Rational {
        if (denominator.signum() == 0) throw new ArithmeticException("a fraction cannot have 0 as its denominator");
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Rational of(long whole) {
        return new Rational(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** Exact: every finite decimal is a fraction. */
    public static Rational of(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) return new Rational(stripped.toBigIntegerExact(), BigInteger.ONE);
        return new Rational(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
    }

    /**
     * The fraction with denominator at most {@code maxDenominator} that equals {@code value} to within 1e-40, found
     * by continued fractions; empty when there is none (an irrational value, or a denominator too large). Used to
     * turn a computed quotient such as 0.3333... (68 digits) back into 1/3.
     */
    public static Optional<Rational> recover(BigDecimal value, long maxDenominator) {
        MathContext mc = new MathContext(80, RoundingMode.HALF_EVEN);
        BigDecimal tolerance = new BigDecimal("1e-40").max(value.abs().multiply(new BigDecimal("1e-50")));
        BigInteger h0 = BigInteger.ZERO, h1 = BigInteger.ONE, k0 = BigInteger.ONE, k1 = BigInteger.ZERO;
        BigDecimal x = value;
        for (int i = 0; i < 64; i++) {
            BigInteger a = x.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            BigInteger h2 = a.multiply(h1).add(h0);
            BigInteger k2 = a.multiply(k1).add(k0);
            if (k2.compareTo(BigInteger.valueOf(maxDenominator)) > 0) return Optional.empty();
            Rational candidate = new Rational(h2, k2);
            if (candidate.toDecimal(mc).subtract(value).abs().compareTo(tolerance) <= 0) return Optional.of(candidate);
            BigDecimal fraction = x.subtract(new BigDecimal(a));
            if (fraction.signum() == 0) return Optional.of(candidate);
            x = BigDecimal.ONE.divide(fraction, mc);
            h0 = h1;
            h1 = h2;
            k0 = k1;
            k1 = k2;
        }
        return Optional.empty();
    }

    public Rational plus(Rational o) {
        return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    public Rational times(Rational o) {
        return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Rational dividedBy(Rational o) {
        return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    public BigDecimal toDecimal(MathContext mc) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), mc);
    }

    public double toDouble() {
        return toDecimal(MathContext.DECIMAL64).doubleValue();
    }

    /** True when the decimal expansion ends (the denominator has no prime factors other than 2 and 5). */
    public boolean terminates() {
        BigInteger d = denominator;
        for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (d.mod(p).signum() == 0) d = d.divide(p);
        }
        return d.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** "3/4", "-5/2" or "7". */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }

    /** "1 3/4", "-2 1/2", "3/4" or "7". */
    public String toMixedString() {
        if (isInteger() || numerator.abs().compareTo(denominator) < 0) return toString();
        BigInteger[] qr = numerator.abs().divideAndRemainder(denominator);
        return (signum() < 0 ? "-" : "") + qr[0] + " " + qr[1] + "/" + denominator;
    }

    /** The exact decimal when it terminates, otherwise {@code digits} significant digits. */
    public String toDecimalString(int digits) {
        BigDecimal d = terminates()
                ? new BigDecimal(numerator).divide(new BigDecimal(denominator))
                : toDecimal(new MathContext(digits, RoundingMode.HALF_EVEN));
        return d.stripTrailingZeros().toPlainString();
    }
}
