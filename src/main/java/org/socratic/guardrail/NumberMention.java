package org.socratic.guardrail;

/** A number written in a text ("2,000", "two thousand", "3/4", "75%"), its value and where it is. */
record NumberMention(double value, boolean percent, int start, int end) {
    boolean sameValue(double other) {
        return close(value, other) || (percent && close(value / 100, other));
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
