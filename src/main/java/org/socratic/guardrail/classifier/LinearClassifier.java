package org.socratic.guardrail.classifier;

import java.util.List;

/**
 * One logistic regression per label over the same features: a weight per embedding dimension, a weight per hash
 * bucket and a bias. A label is predicted when its probability reaches the label's threshold, which training chose
 * from held-out folds ({@link Trainer}). Read-only once trained (the trainer fills the arrays it is built on, and
 * {@link #withThresholds} shares them), so one instance serves every request thread.
 */
public final class LinearClassifier {
    private final List<String> labels;
    private final int dims;
    private final WordHasher hasher;
    private final float[][] dense;
    private final float[][] sparse;
    private final float[] bias;
    private final double[] thresholds;

    LinearClassifier(List<String> labels, int dims, WordHasher hasher, float[][] dense, float[][] sparse, float[] bias,
            double[] thresholds) {
        if (dense.length != labels.size() || sparse.length != labels.size() || bias.length != labels.size()
                || thresholds.length != labels.size()) {
            throw new IllegalArgumentException("one row of weights and one threshold per label");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (dense[i].length != dims || sparse[i].length != 1 << hasher.bits()) {
                throw new IllegalArgumentException("weights of label " + labels.get(i) + " have the wrong size");
            }
        }
        this.labels = List.copyOf(labels);
        this.dims = dims;
        this.hasher = hasher;
        this.dense = dense;
        this.sparse = sparse;
        this.bias = bias;
        this.thresholds = thresholds.clone();
    }

    public List<String> labels() {
        return labels;
    }

    public int dims() {
        return dims;
    }

    public WordHasher hasher() {
        return hasher;
    }

    public double threshold(int label) {
        return thresholds[label];
    }

    /** The same weights with other thresholds. */
    public LinearClassifier withThresholds(double[] chosen) {
        return new LinearClassifier(labels, dims, hasher, dense, sparse, bias, chosen);
    }

    /** The features of a text whose embedding is {@code embedding} and whose plain form is {@code plain}. */
    public Features features(float[] embedding, String plain) {
        if (embedding.length != dims) {
            throw new IllegalArgumentException("the model expects " + dims + "-dimensional embeddings, got " + embedding.length);
        }
        return new Features(embedding, hasher.hash(plain));
    }

    /** The probability of every label, in the order of {@link #labels()}. */
    public double[] probabilities(Features f) {
        double[] p = new double[labels.size()];
        for (int l = 0; l < p.length; l++) p[l] = sigmoid(margin(l, f));
        return p;
    }

    double margin(int label, Features f) {
        double z = bias[label];
        float[] w = dense[label];
        float[] e = f.embedding();
        for (int i = 0; i < dims; i++) z += w[i] * e[i];
        float v = f.hashedValue();
        float[] s = sparse[label];
        for (int h : f.hashed()) z += s[h] * v;
        return z;
    }

    /**
     * The words and word pairs of {@code plain} that pushed {@code label} up most, strongest first: what a teacher
     * reads to see why a message was flagged.
     */
    public List<String> explain(int label, String plain, int limit) {
        float[] s = sparse[label];
        return hasher.phrases(plain).stream().filter(p -> s[p.bucket()] > 0).distinct()
                .sorted(java.util.Comparator.comparingDouble((WordHasher.Phrase p) -> -s[p.bucket()]))
                .map(WordHasher.Phrase::text).distinct().limit(limit).toList();
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    float[][] dense() {
        return dense;
    }

    float[][] sparse() {
        return sparse;
    }

    float[] bias() {
        return bias;
    }
}
