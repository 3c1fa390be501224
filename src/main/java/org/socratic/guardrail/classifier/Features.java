package org.socratic.guardrail.classifier;

/**
 * A text as the classifier sees it: its sentence embedding (unit length) and the hashed words and word pairs of its
 * plain form ({@link WordHasher}), each of which counts {@code 1/sqrt(n)} so that long and short texts weigh alike.
 */
public record Features(float[] embedding, int[] hashed) {
    public Features {
        if (embedding == null || hashed == null) throw new IllegalArgumentException("features need both parts");
    }

    float hashedValue() {
        return hashed.length == 0 ? 0f : (float) (1 / Math.sqrt(hashed.length));
    }
}
