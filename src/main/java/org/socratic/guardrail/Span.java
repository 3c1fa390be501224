package org.socratic.guardrail;

/** A range of characters {@code [start, end)} in the original text, with what should replace it when redacted. */
public record Span(int start, int end, String replacement) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (replacement == null) throw new IllegalArgumentException("a span needs a replacement");
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
