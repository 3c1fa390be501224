package org.socratic.guardrail.classifier;

import java.util.List;

/**
 * One logistic regression per label over the same features: a weight per embedding dimension, a weight per hash
 * bucket and a bias. A label is predicted when its probability reaches the label's threshold, which training chose
 * from held-out folds ({@link Trainer}). Read-only once trained (the trainer fills the arrays it is built on, and
 * {@link #withThresholds} shares them), so one instance serves every request thread.
 *
 * <p>An embedding costs a hundred times what the words do, and the words of most messages settle every label: far
 * below its threshold, or (for a blunt "ignore your instructions") far above. Each label therefore knows its
 * {@link Reach}, how far its embedding weights can move a margin, and {@link #needsEmbedding} says whether a text's
 * words leave any label's verdict within that reach.
 */
public final class LinearClassifier {
    private final List<String> labels;
    private final int dims;
    private final WordHasher hasher;
    private final float[][] dense;
    private final float[][] sparse;
    private final float[] bias;
    private final double[] thresholds;
    /** Each label's reach as training measured it; null for a model that never recorded one (the bound applies). */
    private final Reach[] recorded;

    /**
     * Slack on a recorded reach, in logits: a text unlike every training text may be pushed a little further than
     * any of them was. (With no slack at all, no verdict changed on the 1,600 lines of the seventh test sets.)
     */
    static final double REACH_SLACK = 0.25;

    LinearClassifier(List<String> labels, int dims, WordHasher hasher, float[][] dense, float[][] sparse, float[] bias,
            double[] thresholds) {
        this(labels, dims, hasher, dense, sparse, bias, thresholds, null);
    }

    /** {@code reach} null: the bound that holds for every unit vector, from the length of each label's embedding weights. */
    LinearClassifier(List<String> labels, int dims, WordHasher hasher, float[][] dense, float[][] sparse, float[] bias,
            double[] thresholds, Reach[] reach) {
        if (dense.length != labels.size() || sparse.length != labels.size() || bias.length != labels.size()
                || thresholds.length != labels.size() || reach != null && reach.length != labels.size()) {
            throw new IllegalArgumentException("one row of weights, one threshold and one reach per label");
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
        this.recorded = reach == null ? null : reach.clone();
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

    /**
     * How far the embedding moves {@code label}'s margin ({@link #needsEmbedding}): as recorded in training, or else the
     * bound for any unit vector, the length of the label's embedding weights (read from the weights as they are now:
     * the trainer fills them in place).
     */
    public Reach reach(int label) {
        if (recorded != null) return recorded[label];
        double sum = 0;
        for (float w : dense[label]) sum += (double) w * w;
        return Reach.bound(Math.sqrt(sum));
    }

    /** Whether training recorded the reach ({@link #withReachOver}); otherwise {@link #reach} is the bound. */
    boolean reachRecorded() {
        return recorded != null;
    }

    /** The same weights with other thresholds. */
    public LinearClassifier withThresholds(double[] chosen) {
        return new LinearClassifier(labels, dims, hasher, dense, sparse, bias, chosen, recorded);
    }

    /**
     * The same model with each label's reach what its embedding weights did to the margins of {@code seen} (the
     * training texts): the most they took away and the most they added.
     */
    public LinearClassifier withReachOver(List<Features> seen) {
        Reach[] measured = new Reach[labels.size()];
        java.util.Arrays.fill(measured, new Reach(0, 0));
        for (Features f : seen) {
            for (int l = 0; l < measured.length; l++) measured[l] = measured[l].with(embeddingPart(l, f.embedding(), 0));
        }
        return new LinearClassifier(labels, dims, hasher, dense, sparse, bias, thresholds, measured);
    }

    /**
     * Whether the embedding of a text with these hashed words could change any label's verdict: whether the words'
     * margin, moved anywhere within the label's reach (widened by {@link #REACH_SLACK}), could land on either side of
     * the threshold. When it could not, scoring the text on its words alone ({@link #wordsOnly}) gives every label
     * the verdict it would get with the embedding.
     */
    public boolean needsEmbedding(int[] hashed) {
        float v = Features.hashedValue(hashed);
        for (int l = 0; l < labels.size(); l++) {
            double threshold = Math.log(thresholds[l] / (1 - thresholds[l]));
            if (reach(l).couldCross(wordsPart(l, hashed, v, bias[l]), threshold, REACH_SLACK)) return true;
        }
        return false;
    }

    /** The features of a text scored on its words alone (the embedding taken as adding nothing). */
    public Features wordsOnly(int[] hashed) {
        return new Features(new float[dims], hashed);
    }

    /** The features of a text whose embedding is {@code embedding} and whose plain form is {@code plain}. */
    public Features features(float[] embedding, String plain) {
        return features(embedding, hasher.hash(plain));
    }

    /** The features of a text whose embedding is {@code embedding} and whose words {@link #hasher} hashed. */
    public Features features(float[] embedding, int[] hashed) {
        if (embedding.length != dims) {
            throw new IllegalArgumentException("the model expects " + dims + "-dimensional embeddings, got " + embedding.length);
        }
        return new Features(embedding, hashed);
    }

    /** The probability of every label, in the order of {@link #labels()}. */
    public double[] probabilities(Features f) {
        double[] p = new double[labels.size()];
        for (int l = 0; l < p.length; l++) p[l] = sigmoid(margin(l, f));
        return p;
    }

    double margin(int label, Features f) {
        return wordsPart(label, f.hashed(), f.hashedValue(), embeddingPart(label, f.embedding(), bias[label]));
    }

    /** {@code start} plus the embedding's part of the margin (summed in one fixed order: training is reproducible). */
    private double embeddingPart(int label, float[] e, double start) {
        double z = start;
        float[] w = dense[label];
        for (int i = 0; i < dims; i++) z += w[i] * e[i];
        return z;
    }

    private double wordsPart(int label, int[] hashed, float value, double start) {
        double z = start;
        float[] s = sparse[label];
        for (int h : hashed) z += s[h] * value;
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
