package org.socratic.llm;

/** Arithmetic on embedding vectors, shared by the guardrail's exemplar classifier and content retrieval. */
public final class Vectors {
    private Vectors() {
    }

    /** The vector scaled to length 1 (a zero vector is returned as it is). */
    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }

    /** The dot product: the cosine similarity of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
