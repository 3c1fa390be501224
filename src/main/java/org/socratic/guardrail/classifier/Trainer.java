package org.socratic.guardrail.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link LinearClassifier} by logistic regression, one label against the rest, with AdaGrad steps and L2
 * shrinkage. Positives weigh {@code sqrt(negatives/positives)} more, since every label is rare. Deterministic for a
 * seed: the same examples give the same weights. {@link #outOfFold} scores every example by a model that never saw
 * it, which is what thresholds are chosen on.
 */
public final class Trainer {
    /**
     * @param epochs   passes over the examples
     * @param rate     AdaGrad's base step
     * @param l2       shrinkage per step, relative to the step
     * @param seed     the shuffling seed
     * @param rounds   models fitted with successive seeds whose weights are averaged (a steadier model)
     */
    public record Options(int epochs, double rate, double l2, long seed, int rounds) {
        public Options {
            if (epochs < 1 || rounds < 1) throw new IllegalArgumentException("at least one epoch and one round");
            if (!(rate > 0) || !(l2 >= 0)) throw new IllegalArgumentException("the rate must be positive and l2 not negative");
        }

        public Options(int epochs, double rate, double l2, long seed) {
            this(epochs, rate, l2, seed, 1);
        }
    }

    private final Options options;

    public Trainer(Options options) {
        this.options = options;
    }

    /**
     * A classifier for {@code labels} fitted on all {@code examples}, with every threshold at 0.5: the average of
     * {@code rounds} fits with successive seeds. The model is linear, so averaging the weights averages the fits'
     * margins, at no cost when scoring.
     */
    public LinearClassifier train(List<Example> examples, List<String> labels, int dims, WordHasher hasher) {
        LinearClassifier sum = fit(examples, labels, dims, hasher, options.seed());
        for (int round = 1; round < options.rounds(); round++) {
            LinearClassifier next = fit(examples, labels, dims, hasher, options.seed() + round);
            for (int l = 0; l < labels.size(); l++) {
                add(sum.dense()[l], next.dense()[l]);
                add(sum.sparse()[l], next.sparse()[l]);
                sum.bias()[l] += next.bias()[l];
            }
        }
        float scale = 1f / options.rounds();
        for (int l = 0; l < labels.size(); l++) {
            for (int i = 0; i < dims; i++) sum.dense()[l][i] *= scale;
            float[] sparse = sum.sparse()[l];
            for (int i = 0; i < sparse.length; i++) sparse[i] *= scale;
            sum.bias()[l] *= scale;
        }
        return sum;
    }

    private static double[] half(int labels) {
        double[] out = new double[labels];
        java.util.Arrays.fill(out, 0.5);
        return out;
    }

    private static void add(float[] into, float[] from) {
        for (int i = 0; i < into.length; i++) into[i] += from[i];
    }

    private LinearClassifier fit(List<Example> examples, List<String> labels, int dims, WordHasher hasher, long seed) {
        int width = 1 << hasher.bits();
        int n = labels.size();
        float[][] dense = new float[n][dims];
        float[][] sparse = new float[n][width];
        float[] bias = new float[n];
        float[][] denseG = new float[n][dims];
        float[][] sparseG = new float[n][width];
        float[] biasG = new float[n];
        double[] positiveWeight = new double[n];
        for (int l = 0; l < n; l++) {
            String label = labels.get(l);
            long positives = examples.stream().filter(e -> e.labels().contains(label)).count();
            long negatives = examples.size() - positives;
            positiveWeight[l] = positives == 0 || negatives == 0 ? 1 : Math.sqrt((double) negatives / positives);
            // (counted, not weighed: the weights say how common a kind of text is, not how rare a label)
        }
        LinearClassifier model = new LinearClassifier(labels, dims, hasher, dense, sparse, bias, half(n));
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                Features f = e.features();
                float v = f.hashedValue();
                for (int l = 0; l < n; l++) {
                    boolean positive = e.labels().contains(labels.get(l));
                    double p = LinearClassifier.sigmoid(model.margin(l, f));
                    double g = (p - (positive ? 1 : 0)) * (positive ? positiveWeight[l] : 1) * e.weight();
                    step(dense[l], denseG[l], f.embedding(), g);
                    for (int h : f.hashed()) {
                        double gh = g * v + options.l2() * sparse[l][h];
                        sparseG[l][h] += (float) (gh * gh);
                        sparse[l][h] -= (float) (options.rate() * gh / Math.sqrt(sparseG[l][h] + 1e-8));
                    }
                    biasG[l] += (float) (g * g);
                    bias[l] -= (float) (options.rate() * g / Math.sqrt(biasG[l] + 1e-8));
                }
            }
        }
        return model;
    }

    private void step(float[] w, float[] g2, float[] x, double g) {
        for (int i = 0; i < w.length; i++) {
            double gi = g * x[i] + options.l2() * w[i];
            g2[i] += (float) (gi * gi);
            w[i] -= (float) (options.rate() * gi / Math.sqrt(g2[i] + 1e-8));
        }
    }

    /**
     * Every example's probabilities from a model trained on the other folds ({@code folds} of them, examples dealt
     * round-robin in the given order).
     */
    public double[][] outOfFold(List<Example> examples, List<String> labels, int dims, WordHasher hasher, int folds) {
        if (folds < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        double[][] out = new double[examples.size()][];
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds == k) held.add(i);
                else train.add(examples.get(i));
            }
            LinearClassifier model = train(train, labels, dims, hasher);
            for (int i : held) out[i] = model.probabilities(examples.get(i).features());
        }
        return out;
    }
}
