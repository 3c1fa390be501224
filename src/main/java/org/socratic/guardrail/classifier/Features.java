package org.socratic.guardrail.classifier;

/**
 * A text as the classifier sees it: its sentence embedding (unit length) and the hashed words and word pairs of its
 * plain form ({@link WordHasher}), each of which counts {@code 1/sqrt(n)} so that long and short texts weigh alike, with
 * {@code n} at least {@link #FEWEST_COUNTED}: a reply of one or two words ("bet", "ok") would otherwise give each of
 * its few features the weight of a whole sentence, and one word the model barely knows could decide it alone.
 */
public record Features(float[] embedding, int[] hashed) {
    /** Changing it changes every score: {@link ClassifierFile}'s format version goes with it. */
    static final int FEWEST_COUNTED = 24;

    public Features {
        if (embedding == null || hashed == null) throw new IllegalArgumentException("features need both parts");
    }

    float hashedValue() {
        return hashedValue(hashed);
    }

    static float hashedValue(int[] hashed) {
        return hashed.length == 0 ? 0f : (float) (1 / Math.sqrt(Math.max(hashed.length, FEWEST_COUNTED)));
    }
}
