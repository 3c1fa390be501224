package org.socratic.agent;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * What one agent call did, for teachers, evaluators and the audit: which agent, provider, model and prompt version,
 * the content it was grounded in, how long it took, the tokens it used and how it ended ({@code answered},
 * {@code fallback:<reason>}, ...). The guardrail verdicts on its output refer to the trace by id.
 */
public record AgentTrace(UUID id, @Nullable UUID sessionId, @Nullable Long studentId, String agent, String provider,
                         String model, @Nullable String promptVersion, List<Long> retrievedContentIds, long latencyMs,
                         @Nullable Integer inputTokens, @Nullable Integer outputTokens, String outcome, String detailJson) {
    public AgentTrace {
        retrievedContentIds = List.copyOf(retrievedContentIds);
        detailJson = detailJson == null || detailJson.isBlank() ? "{}" : detailJson;
    }
}
