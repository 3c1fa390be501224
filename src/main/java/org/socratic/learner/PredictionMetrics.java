package org.socratic.learner;

import java.util.Arrays;

/**
 * How well predicted probabilities of a correct answer match the answers given.
 *
 * @param auc      area under the ROC curve (0.5 is chance); ties count half
 * @param rmse     root mean squared error of the probabilities
 * @param accuracy share of answers on the right side of 0.5
 * @param count    answers scored
 */
public record PredictionMetrics(double auc, double rmse, double accuracy, int count) {
    /** Scores {@code count} predictions; AUC is NaN when all answers are of one kind. */
    static PredictionMetrics of(double[] predicted, boolean[] correct, int count) {
        if (count == 0) return new PredictionMetrics(Double.NaN, Double.NaN, Double.NaN, 0);
        double squared = 0;
        int right = 0;
        int positives = 0;
        for (int i = 0; i < count; i++) {
            double error = (correct[i] ? 1 : 0) - predicted[i];
            squared += error * error;
            if ((predicted[i] >= 0.5) == correct[i]) right++;
            if (correct[i]) positives++;
        }
        double[] pos = new double[positives];
        double[] neg = new double[count - positives];
        for (int i = 0, p = 0, n = 0; i < count; i++) {
            if (correct[i]) pos[p++] = predicted[i];
            else neg[n++] = predicted[i];
        }
        return new PredictionMetrics(auc(pos, neg), Math.sqrt(squared / count), (double) right / count, count);
    }

    /** Probability that a random correct answer was scored above a random wrong one (Mann-Whitney). */
    static double auc(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) return Double.NaN;
        Arrays.sort(positives);
        Arrays.sort(negatives);
        double wins = 0;
        int below = 0; // negatives strictly below the current positive
        int atOrBelow = 0; // negatives at or below it
        for (double score : positives) {
            while (below < negatives.length && negatives[below] < score) below++;
            if (atOrBelow < below) atOrBelow = below;
            while (atOrBelow < negatives.length && negatives[atOrBelow] <= score) atOrBelow++;
            wins += below + 0.5 * (atOrBelow - below);
        }
        return wins / ((double) positives.length * negatives.length);
    }
}
