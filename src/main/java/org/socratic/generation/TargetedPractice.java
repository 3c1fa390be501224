package org.socratic.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.AgentTrace;
import org.socratic.content.ContentBank;
import org.socratic.content.Family;
import org.socratic.content.GenerationException;
import org.socratic.content.Item;
import org.socratic.content.ItemGenerator;
import org.socratic.content.Misconception;
import org.socratic.curriculum.SkillGraph;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailPipeline;
import org.socratic.guardrail.ProviderKind;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.ModelUnavailableException;
import org.socratic.llm.Provider;

/**
 * Targeted practice for a misconception, as the orchestrator asks for it. An authored family that lists the
 * misconception is always preferred (no model call). Otherwise the curriculum agent's model is asked for an item as
 * JSON, through the provider's guard (deadline, retries, circuit breaker, bulkhead); the reply is kept only when
 * {@link ItemVerifier} confirms it, and every call is recorded: its trace, and the item as kept or rejected.
 * When the model does not answer, or its item is rejected, there is no targeted item and the caller uses the
 * families. Thread-safe.
 */
@Singleton
public class TargetedPractice {
    /** Seeds tried per authored family to find an instance on which the misconception gives a distinct answer. */
    static final int AUTHORED_DRAWS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SkillGraph graph;
    private final ContentBank bank;
    private final CurriculumAgentConfig agent;
    private final ChatModels models;
    private final ModelGuards guards;
    private final GuardrailPipeline guardrail;
    private final ItemVerifier verifier;
    private final GeneratedItemStore store;
    private final LongSupplier seeds;
    private volatile ChatModel model;

    @Inject
    TargetedPractice(SkillGraph graph, ContentBank bank, CurriculumAgentConfig agent, ChatModels models, ModelGuards guards,
            GuardrailPipeline guardrail, GeneratedItemStore store) {
        this(graph, bank, agent, models, guards, guardrail, store, () -> ThreadLocalRandom.current().nextLong(1, 1_000_000));
    }

    TargetedPractice(SkillGraph graph, ContentBank bank, CurriculumAgentConfig agent, ChatModels models, ModelGuards guards,
            GuardrailPipeline guardrail, GeneratedItemStore store, LongSupplier seeds) {
        this.graph = graph;
        this.bank = bank;
        this.agent = agent;
        this.models = models;
        this.guards = guards;
        this.guardrail = guardrail;
        this.verifier = new ItemVerifier(guardrail);
        this.store = store;
        this.seeds = seeds;
    }

    /**
     * An item that lets the student notice {@code misconception} on {@code skillId}: an authored one when a family of
     * the skill lists the misconception's id, else a generated one the checker confirmed, else none (see
     * {@link TargetedItem.NotGenerated#reason()}). The model call is bounded by the curriculum agent's timeout; the
     * verification after it is local, plus the guardrail's model layers when they are configured.
     *
     * @param studentId for the trace; null when no student asked (the CLI)
     * @param sessionId for the trace; an existing tutoring session, or null
     * @throws NoSuchElementException when the skill is not in the skill graph
     */
    public TargetedItem targetedItem(String skillId, Misconception misconception, int grade, @Nullable Long studentId,
            @Nullable UUID sessionId) {
        Objects.requireNonNull(misconception, "misconception");
        if (!graph.contains(skillId)) throw new NoSuchElementException("unknown skill '" + skillId + "'");
        long seed = seeds.getAsLong();
        Optional<TargetedItem> authored = authored(skillId, misconception.id(), seed);
        if (authored.isPresent()) return authored.get();
        Target target = new Target(graph.skill(skillId), misconception.id(), misconception.description(), grade, seed);
        return generate(target, studentId, sessionId);
    }

    /** A kept generated item by its id ({@code gen:<id>}); empty for an unknown, rejected or non-generated id. */
    public Optional<Item> item(String itemId) {
        return StoredItem.parseId(itemId).flatMap(store::find).flatMap(StoredItem::item);
    }

    /** How many generated items were kept and rejected, and why. */
    public RejectionStats stats() {
        return store.stats();
    }

    private Optional<TargetedItem> authored(String skillId, String misconceptionId, long seed) {
        List<Family> fitting = bank.familiesOf(skillId).stream()
                .filter(f -> f.misconceptions().stream().anyMatch(m -> m.id().equals(misconceptionId))).toList();
        for (int i = 0; i < fitting.size(); i++) {
            Family family = fitting.get((int) Math.floorMod(seed + i, (long) fitting.size()));
            for (int draw = 0; draw < AUTHORED_DRAWS; draw++) {
                Item item;
                try {
                    item = ItemGenerator.generate(family, seed + draw);
                } catch (GenerationException e) {
                    break;
                }
                if (item.misconceptions().stream().anyMatch(m -> m.id().equals(misconceptionId))) {
                    return Optional.of(new TargetedItem.Authored(item));
                }
            }
        }
        return Optional.empty();
    }

    private TargetedItem generate(Target target, Long studentId, UUID sessionId) {
        AgentSpec spec = agent.spec();
        UUID traceId = UUID.randomUUID();
        ProviderKind kind = spec.model().provider() == Provider.OPENAI ? ProviderKind.CLOUD : ProviderKind.LOCAL;
        String misconception = guardrail.redactForProvider(target.misconceptionDescription(), kind,
                GuardrailContext.builder().grade(target.grade()).build());
        ChatRequest request = ItemRequest.of(agent.prompt(), target, misconception);
        long started = System.nanoTime();
        ChatResponse response;
        try {
            ChatModel chat = model(spec);
            response = guards.forProvider(spec.model().provider()).call(spec.timeout(), spec.retries(),
                    () -> chat.chat(request));
        } catch (ModelUnavailableException e) {
            String outcome = "fallback:" + e.reason().name().toLowerCase(Locale.ROOT);
            return unanswered(target, studentId, sessionId, traceId, started, outcome, e.getMessage());
        } catch (RuntimeException e) {
            // A model that cannot even be built (no OpenAI key) is unavailable too; the student never waits on it.
            return unanswered(target, studentId, sessionId, traceId, started, "fallback:misconfigured", e.getMessage());
        }
        String reply = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                : response.aiMessage().text();
        Verification verification = verifier.verify(reply, target);
        String outcome = switch (verification) {
            case Verification.Kept k -> "kept";
            case Verification.Rejected r -> "rejected:" + r.rejection().reason().id();
        };
        Map<String, Object> detail = detail(target);
        if (verification instanceof Verification.Rejected r) detail.put("rejection", r.rejection().detail());
        AgentTrace trace = trace(traceId, target, studentId, sessionId, started, response, outcome, detail);
        StoredItem stored = store.record(new GenerationAttempt(target, trace, reply, Optional.of(verification)))
                .orElseThrow(() -> new IllegalStateException("a verified reply was not stored"));
        return switch (verification) {
            case Verification.Kept k -> new TargetedItem.Generated(k.item().toItem(stored.itemId(),
                    target.skill().id(), target.misconceptionId(), target.misconceptionDescription()), traceId);
            case Verification.Rejected r -> new TargetedItem.NotGenerated("the generated item was rejected ("
                    + r.rejection().reason().id() + "): " + r.rejection().detail(), traceId);
        };
    }

    private TargetedItem unanswered(Target target, Long studentId, UUID sessionId, UUID traceId, long started,
            String outcome, String why) {
        Map<String, Object> detail = detail(target);
        detail.put("error", why);
        store.record(new GenerationAttempt(target, trace(traceId, target, studentId, sessionId, started, null, outcome,
                detail), "", Optional.empty()));
        return new TargetedItem.NotGenerated("the model did not answer (" + outcome + "): " + why, traceId);
    }

    private ChatModel model(AgentSpec spec) {
        ChatModel built = model;
        if (built == null) {
            built = models.chatModel(spec.model());
            model = built;
        }
        return built;
    }

    private AgentTrace trace(UUID id, Target target, Long studentId, UUID sessionId, long started,
            ChatResponse response, String outcome, Map<String, Object> detail) {
        AgentSpec spec = agent.spec();
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        Integer in = response == null || response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        Integer out = response == null || response.tokenUsage() == null ? null : response.tokenUsage().outputTokenCount();
        return new AgentTrace(id, sessionId, studentId, CurriculumAgentConfig.NAME, spec.model().provider().id(),
                spec.model().model(), agent.prompt().version(), List.of(), latencyMs, in, out, outcome, json(detail));
    }

    private static Map<String, Object> detail(Target target) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("task", "generate-item");
        detail.put("skillId", target.skill().id());
        detail.put("misconceptionId", target.misconceptionId());
        detail.put("grade", target.grade());
        detail.put("seed", target.seed());
        return detail;
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
