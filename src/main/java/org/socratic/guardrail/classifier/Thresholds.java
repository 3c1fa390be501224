package org.socratic.guardrail.classifier;

/**
 * Chooses a label's threshold from scores a model gave texts it never saw (out-of-fold): the one that maximises
 * F-beta. A beta above 1 weighs recall more (a missed disclosure costs far more than a gentle check-in); below 1 it
 * weighs precision (for a redirect, a false alarm is what a child notices). Pure.
 */
public final class Thresholds {
    private static final double LOWEST = 0.05;
    private static final double HIGHEST = 0.95;
    private static final double STEP = 0.01;
    private static final int STEPS = (int) Math.round((HIGHEST - LOWEST) / STEP);

    private Thresholds() {}

    /** What a threshold gives on the scored texts. */
    public record Outcome(double threshold, double truePositives, double falsePositives, double falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f(double beta) {
            double b2 = beta * beta;
            double denominator = (1 + b2) * truePositives + b2 * falseNegatives + falsePositives;
            return denominator == 0 ? 0 : (1 + b2) * truePositives / denominator;
        }
    }

    public static Outcome at(double threshold, double[] scores, boolean[] truth) {
        return at(threshold, scores, truth, ones(scores.length));
    }

    /** As {@link #at(double, double[], boolean[])}, each text counting its weight. */
    public static Outcome at(double threshold, double[] scores, boolean[] truth, double[] weights) {
        if (scores.length != truth.length || scores.length != weights.length) {
            throw new IllegalArgumentException("one truth and one weight per score");
        }
        double tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && truth[i]) tp += weights[i];
            else if (predicted) fp += weights[i];
            else if (truth[i]) fn += weights[i];
        }
        return new Outcome(threshold, tp, fp, fn);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /**
     * The threshold in [0.05, 0.95] (steps of 0.01) with the best F-beta. Ties go to the lower threshold when recall
     * comes first (beta above 1: the most headroom for text unlike the training data), else to the higher.
     */
    public static Outcome best(double[] scores, boolean[] truth, double beta) {
        return best(scores, truth, ones(scores.length), beta);
    }

    /** As {@link #best(double[], boolean[], double)}, each text counting its weight. */
    public static Outcome best(double[] scores, boolean[] truth, double[] weights, double beta) {
        if (!(beta > 0)) throw new IllegalArgumentException("beta must be positive");
        Outcome best = at(LOWEST, scores, truth, weights);
        for (int step = 1; step <= STEPS; step++) {
            Outcome o = at(Math.round((LOWEST + step * STEP) * 100) / 100.0, scores, truth, weights);
            if (beta > 1 ? o.f(beta) > best.f(beta) : o.f(beta) >= best.f(beta)) best = o;
        }
        return best;
    }
}
