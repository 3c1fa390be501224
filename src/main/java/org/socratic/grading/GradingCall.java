package org.socratic.grading;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.AgentTrace;
import org.socratic.agent.AgentTraces;
import org.socratic.agent.PromptLibrary;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.ModelUnavailableException;

/**
 * One call of the grading model under the provider's protections (deadline, retries, circuit breaker, bulkhead),
 * its reply read and validated, and its trace recorded, whatever happened. Never throws for a model failure.
 */
@Singleton
class GradingCall {
    static final int MAX_RAW_KEPT = 4_000;
    private final GradingModel model;
    private final ModelGuards guards;
    private final PromptLibrary prompts;
    private final AgentTraces traces;

    GradingCall(GradingModel model, ModelGuards guards, PromptLibrary prompts, AgentTraces traces) {
        this.model = model;
        this.guards = guards;
        this.prompts = prompts;
        this.traces = traces;
    }

    /** @param rawReply the model's text, kept for the teacher when it was refused; null otherwise */
    record Result(ModelOutcome outcome, UUID traceId, String promptVersion, @Nullable String rawReply) {}

    Result run(AgentSpec spec, OpenPrompt prompt, String explanation, FinalAnswerCheck closed, long studentId,
               @Nullable UUID sessionId, boolean redacted) {
        var template = prompts.systemPrompt(GradingAgent.AGENT);
        ChatRequest request = GradingRequest.build(template, prompt, explanation, closed);
        UUID traceId = UUID.randomUUID();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("promptId", prompt.id());
        detail.put("responseFormat", "json_schema");
        detail.put("redacted", redacted);
        long start = System.nanoTime();
        ChatResponse response = null;
        ModelOutcome outcome;
        String outcomeLabel;
        String raw = null;
        try {
            // Whatever the call throws (a model that cannot even be built included) arrives as unavailable.
            response = guards.forProvider(spec.model().provider())
                    .call(spec.timeout(), spec.retries(), () -> model.chatModel().chat(request));
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            outcome = switch (ProposalReader.read(text, prompt.rubric(), explanation)) {
                case ProposalReading.Valid v -> new ModelOutcome.Proposed(v.proposal());
                case ProposalReading.Invalid i -> new ModelOutcome.Unreadable(i.problems());
            };
            outcomeLabel = outcome instanceof ModelOutcome.Proposed ? "answered" : "invalid-output";
            if (outcome instanceof ModelOutcome.Unreadable u) {
                detail.put("problems", u.problems());
                raw = text == null ? "" : text.substring(0, Math.min(text.length(), MAX_RAW_KEPT));
            }
        } catch (ModelUnavailableException e) {
            String reason = e.reason().name().toLowerCase(Locale.ROOT);
            outcomeLabel = "fallback:" + reason;
            detail.put("fallback", spec.fallback().id());
            detail.put("error", reason + ": " + e.getMessage());
            outcome = new ModelOutcome.Unavailable(reason + ": " + e.getMessage());
        }
        TokenUsage usage = response == null ? null : response.tokenUsage();
        long latency = (System.nanoTime() - start) / 1_000_000;
        traces.record(new AgentTrace(traceId, sessionId, studentId, GradingAgent.AGENT, spec.model().provider().id(),
                spec.model().model(), template.version(), List.of(), latency,
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount(),
                outcomeLabel, GradeStore.json(detail)));
        return new Result(outcome, traceId, template.version(), raw);
    }
}
