package org.socratic.guardrail.classifier;

/**
 * How far a label's embedding weights move a margin, in logits: {@code lowest} (zero or less) is the most they took
 * away, {@code highest} (zero or more) the most they added. For any unit vector both lie within the weights' length;
 * a model trained here records what they did to its training texts, a tighter range.
 */
public record Reach(double lowest, double highest) {
    public Reach {
        if (!(lowest <= 0 && highest >= 0 && Double.isFinite(lowest) && Double.isFinite(highest))) {
            throw new IllegalArgumentException("a reach runs from zero or less to zero or more, got [" + lowest + ", " + highest + "]");
        }
    }

    /** The range every unit vector keeps within, for weights of this length. */
    static Reach bound(double length) {
        return new Reach(-length, length);
    }

    /** This range widened to take in {@code push}. */
    Reach with(double push) {
        return new Reach(Math.min(lowest, push), Math.max(highest, push));
    }

    /**
     * Whether the embedding could put a margin of {@code words} (without it) on either side of {@code threshold}:
     * whether, widened by {@code slack} on both ends, the range crosses it.
     */
    boolean couldCross(double words, double threshold, double slack) {
        return words + highest + slack >= threshold && words + lowest - slack < threshold;
    }
}
