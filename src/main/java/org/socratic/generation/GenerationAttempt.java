package org.socratic.generation;

import java.util.Objects;
import java.util.Optional;
import org.socratic.agent.AgentTrace;

/**
 * One call of the model for an item, as it is recorded: the trace, and when the model answered, its reply and the
 * verifier's verdict on it. A call that ended in a fallback has a trace and no verdict, and stores no item.
 */
record GenerationAttempt(Target target, AgentTrace trace, String reply, Optional<Verification> verification) {
    /** Replies are stored up to this length, enough to see what was wrong with them. */
    static final int MAX_STORED_REPLY = 8000;

    GenerationAttempt {
        Objects.requireNonNull(target);
        Objects.requireNonNull(trace);
        reply = reply == null ? "" : reply.length() > MAX_STORED_REPLY ? reply.substring(0, MAX_STORED_REPLY) : reply;
    }
}
