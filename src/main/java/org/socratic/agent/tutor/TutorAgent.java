package org.socratic.agent.tutor;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socratic.agent.AgentCatalog;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.AgentTrace;
import org.socratic.agent.AgentTraces;
import org.socratic.agent.PromptLibrary;
import org.socratic.content.ContentRetriever;
import org.socratic.content.Item;
import org.socratic.content.RetrievedChunk;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailService;
import org.socratic.guardrail.ProviderKind;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.Provider;
import reactor.core.publisher.Flux;

/**
 * Holds the Socratic dialogue about the current item. It grounds the model in retrieved content of the item's
 * skill, the student's mastery and misconception and the terms they have met; it redacts personal information
 * before text leaves for the provider; it streams through the provider's guard (circuit breaker, bulkhead, stall
 * timeout) and leaves a trace. It never decides what the student sees: that is the guardrail's and the
 * orchestrator's job.
 */
@Singleton
public class TutorAgent {
    private static final Logger LOG = LoggerFactory.getLogger(TutorAgent.class);
    private static final int RETRIEVED = 4;
    private static final long RETRIEVAL_TIMEOUT_MS = 2_000;
    private static final int HISTORY = 10;
    private final AgentSpec spec;
    private final PromptLibrary prompts;
    private final StreamingChatModel model;
    private final ModelGuards guards;
    private final AgentTraces traces;
    private final ContentRetriever retriever;
    private final GuardrailService guardrail;
    private final ExecutorService retrievals = Executors.newVirtualThreadPerTaskExecutor();

    TutorAgent(AgentCatalog agents, PromptLibrary prompts, ChatModels models, ModelGuards guards, AgentTraces traces,
               ContentRetriever retriever, GuardrailService guardrail) {
        this.spec = agents.get("tutor");
        this.prompts = prompts;
        this.model = models.streamingChatModel(spec.model());
        this.guards = guards;
        this.traces = traces;
        this.retriever = retriever;
        this.guardrail = guardrail;
    }

    public AgentSpec spec() { return spec; }

    @PreDestroy
    void close() {
        retrievals.shutdown();
    }

    /**
     * Starts retrieving the content that grounds a reply to this message about this item. It needs neither the
     * guardrail's verdict nor the student's record, so the orchestrator runs it while those are read and checked
     * (a message the guardrail stops has cost one embedding for nothing). The embedding is in-process: the
     * unredacted message never leaves the server.
     */
    public CompletableFuture<List<RetrievedChunk>> startRetrieval(String message, Item item) {
        return CompletableFuture.supplyAsync(() -> retrieve(message, item), retrievals);
    }

    /** Answers the request, grounded in what {@link #startRetrieval} found. */
    public TutorReply reply(TutorRequest request, CompletableFuture<List<RetrievedChunk>> retrieval,
                            GuardrailContext context) {
        UUID traceId = UUID.randomUUID();
        // Grounding helps, but a reply without it is better than none: a slow or failed search is skipped.
        List<RetrievedChunk> grounding = retrieval.completeOnTimeout(List.of(), RETRIEVAL_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .exceptionally(e -> {
                    LOG.warn("retrieval failed: {}", e.toString());
                    return List.of();
                }).join();
        ProviderKind where = spec.model().provider() == Provider.OPENAI ? ProviderKind.CLOUD : ProviderKind.LOCAL;
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(guardrail.redactForProvider(systemPrompt(request, grounding), where, context)));
        List<TutorRequest.Turn> history = request.history();
        for (TutorRequest.Turn turn : history.subList(Math.max(0, history.size() - HISTORY), history.size())) {
            String text = guardrail.redactForProvider(turn.text(), where, context);
            messages.add(turn.fromStudent() ? UserMessage.from(text) : AiMessage.from(text));
        }
        messages.add(UserMessage.from(guardrail.redactForProvider(request.studentMessage(), where, context)));
        ChatRequest chat = ChatRequest.builder().messages(messages).build();

        long started = System.nanoTime();
        AtomicReference<ChatResponse> completed = new AtomicReference<>();
        List<Long> groundingIds = grounding.stream().map(RetrievedChunk::id).toList();
        Flux<String> tokens = guards.forProvider(spec.model().provider())
                .stream(spec.timeout(), handler -> {
                    model.chat(chat, handler);
                    return () -> { };
                }, completed::set)
                .doOnComplete(() -> trace(traceId, request, groundingIds, started, completed.get(), "answered"))
                .doOnError(e -> trace(traceId, request, groundingIds, started, null, "failed: " + e.getMessage()))
                .doOnCancel(() -> trace(traceId, request, groundingIds, started, completed.get(), "cancelled"));
        return new TutorReply(traceId, tokens);
    }

    private String systemPrompt(TutorRequest request, List<RetrievedChunk> grounding) {
        StringBuilder retrieved = new StringBuilder();
        for (RetrievedChunk chunk : grounding) retrieved.append("- (").append(chunk.kind()).append(") ").append(chunk.body()).append('\n');
        return prompts.systemPrompt("tutor").render(Map.of(
                "grade", Integer.toString(request.grade()),
                "problem", request.item().prompt(),
                "terms", request.terminology().isBlank() ? "(none recorded yet)" : request.terminology(),
                "mastery", String.format(Locale.ROOT, "%.2f", request.pKnown()),
                "misconception", request.misconception().map(m -> m.description()).orElse("none diagnosed"),
                "retrieved", retrieved.isEmpty() ? "(no stored material for this skill)" : retrieved.toString()));
    }

    /** Content of the item's skill most like the message; the tutor still works when retrieval does not. */
    private List<RetrievedChunk> retrieve(String message, Item item) {
        try {
            // Chunks are cut per family (its sample items, hints, misconceptions), so the family is the topic to stay
            // near: one vector per family serves all its items, whatever numbers or nouns they drew.
            return retriever.retrieveAbout(message, item.familyId(), item.prompt(), List.of(item.skillId()), RETRIEVED);
        } catch (RuntimeException e) {
            LOG.warn("retrieval failed for skill {}: {}", item.skillId(), e.getMessage());
            return List.of();
        }
    }

    private void trace(UUID traceId, TutorRequest request, List<Long> grounding, long started, ChatResponse response,
                       String outcome) {
        Integer in = response == null || response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        Integer out = response == null || response.tokenUsage() == null ? null : response.tokenUsage().outputTokenCount();
        try {
            traces.record(new AgentTrace(traceId, request.sessionId(), request.studentId(), "tutor",
                    spec.model().provider().id(), spec.model().model(), spec.promptVersion(), grounding,
                    (System.nanoTime() - started) / 1_000_000, in, out, outcome,
                    "{\"itemId\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(request.item().id()) + "}"));
        } catch (RuntimeException e) {
            LOG.error("could not store tutor trace {}", traceId, e);
        }
    }
}
