package org.socratic.grading;

/**
 * The independent signal: how close the explanation is to the nearest reference explanation (cosine similarity of
 * in-process embeddings), and which reference that is (0-based), or unknown when it could not be computed.
 */
public record Similarity(double best, int closestReference) {
    public static final Similarity UNKNOWN = new Similarity(Double.NaN, -1);

    public boolean known() {
        return !Double.isNaN(best);
    }

    /** The largest cosine similarity between {@code answer} and any of {@code references}. */
    static Similarity nearest(float[] answer, java.util.List<float[]> references) {
        double best = Double.NEGATIVE_INFINITY;
        int closest = -1;
        for (int i = 0; i < references.size(); i++) {
            double s = cosine(answer, references.get(i));
            if (s > best) {
                best = s;
                closest = i;
            }
        }
        return closest < 0 ? UNKNOWN : new Similarity(best, closest);
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors of different sizes");
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
