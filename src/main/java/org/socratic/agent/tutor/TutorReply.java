package org.socratic.agent.tutor;

import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * The tutor's reply as the model streams it: NOT yet checked; the orchestrator passes it through the guardrail's
 * sentence-by-sentence gate before a student sees any of it. The trace is written when the stream ends.
 */
public record TutorReply(UUID traceId, Flux<String> unchecked) {}
