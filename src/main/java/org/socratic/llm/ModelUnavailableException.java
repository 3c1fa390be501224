package org.socratic.llm;

/**
 * A model call did not produce an answer in time. The caller falls back (authored hints, the teacher's queue, the
 * rule-based algorithm); the reason says which protection tripped, for the trace and for {@code /health}.
 */
public final class ModelUnavailableException extends RuntimeException {
    public enum Reason { TIMEOUT, CIRCUIT_OPEN, BUSY, FAILED }

    private final Reason reason;

    public ModelUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
