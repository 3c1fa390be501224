package org.socratic.grading;

/** One rubric criterion: met or not, worth {@code points} when met. */
public record Criterion(String id, String description, int points) {
    public Criterion {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,63}")) throw new IllegalArgumentException("bad criterion id: " + id);
        if (description == null || description.isBlank()) throw new IllegalArgumentException("a criterion needs a description");
        if (points < 1) throw new IllegalArgumentException("a criterion is worth at least 1 point");
    }
}
