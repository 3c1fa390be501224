package org.socratic.orchestrator;

/** No such session for this student (their own sessions only: anyone else's looks absent). */
public final class SessionNotFound extends RuntimeException {
    public SessionNotFound() {
        super("no such session");
    }
}
