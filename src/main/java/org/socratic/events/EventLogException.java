package org.socratic.events;

/** The event log could not be written or read; the caller's transaction must not commit. */
public final class EventLogException extends RuntimeException {
    public EventLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
