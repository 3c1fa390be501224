package org.socratic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socratic.agent.AgentTrace;
import org.socratic.content.Item;
import org.socratic.content.Misconception;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.ModelSpec;
import org.socratic.llm.Provider;
import org.socratic.llm.ProviderEndpoints;

/** The service with a scripted model and an in-memory store: which path it takes, what it asks and what it records. */
class TargetedPracticeTest {
    private static final Misconception NEW_MISCONCEPTION =
            new Misconception("adds-quantities", "adds the two quantities instead of dividing", null);
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final InMemoryGeneratedItems store = new InMemoryGeneratedItems();
    private final ModelGuards guards = new ModelGuards(2, 16, 30);
    private final TargetedPractice practice = new TargetedPractice(Fixtures.graph(), Fixtures.bank(),
            Fixtures.agent(Provider.OLLAMA, Duration.ofSeconds(5), 0), scripted(model), guards, Fixtures.guardrail(),
            store, () -> Fixtures.SEED);

    @AfterEach
    void close() {
        for (Provider p : Provider.values()) guards.forProvider(p).close();
    }

    static ChatModels scripted(ChatModel model) {
        return new ChatModels(new ProviderEndpoints("http://127.0.0.1:9", "http://127.0.0.1:9", "")) {
            @Override
            public ChatModel chatModel(ModelSpec spec) {
                return model;
            }
        };
    }

    @Test
    void a_misconception_an_authored_family_lists_gets_an_authored_item_without_a_model_call() {
        Misconception inverted = new Misconception("inverted-rate", "divides the wrong way round", null);

        TargetedItem outcome = practice.targetedItem(Fixtures.SKILL, inverted, 6, 7L, null);

        Item item = assertInstanceOf(TargetedItem.Authored.class, outcome).authored();
        assertEquals(Fixtures.SKILL, item.skillId());
        assertTrue(item.misconceptions().stream().anyMatch(m -> m.id().equals("inverted-rate")));
        assertTrue(model.requests.isEmpty(), "no model call");
        assertTrue(store.traces.isEmpty(), "nothing to record");
    }

    @Test
    void a_new_misconception_is_sent_to_the_model_with_a_json_schema_and_a_confirmed_item_is_kept() {
        model.replying(Fixtures.validJson());

        TargetedItem outcome = practice.targetedItem(Fixtures.SKILL, NEW_MISCONCEPTION, 6, 7L, null);

        TargetedItem.Generated generated = assertInstanceOf(TargetedItem.Generated.class, outcome, outcome::toString);
        assertEquals("gen:1", generated.generated().id());
        assertEquals(generated.generated(), practice.item("gen:1").orElseThrow(), "served again by its id");
        ChatRequest request = model.requests.getFirst();
        assertEquals(ResponseFormatType.JSON, request.responseFormat().type());
        assertEquals("generated_item", request.responseFormat().jsonSchema().name());
        String system = ((SystemMessage) request.messages().getFirst()).text();
        assertTrue(system.contains("adds the two quantities instead of dividing"), system);
        assertTrue(system.contains("Variation seed: " + Fixtures.SEED), system);
        assertTrue(system.contains("grade 6 student"), system);
        AgentTrace trace = store.traces.getFirst();
        assertEquals(generated.traceId(), trace.id());
        assertEquals("kept", trace.outcome());
        assertEquals("curriculum", trace.agent());
        assertEquals("v2", trace.promptVersion());
        assertEquals(80, trace.outputTokens());
    }

    @Test
    void a_reply_the_checker_refutes_is_stored_as_rejected_and_no_item_is_served() {
        model.replying(Fixtures.reply(r -> r.put("answer", "2")));

        TargetedItem outcome = practice.targetedItem(Fixtures.SKILL, NEW_MISCONCEPTION, 6, 7L, null);

        TargetedItem.NotGenerated none = assertInstanceOf(TargetedItem.NotGenerated.class, outcome);
        assertTrue(none.reason().contains("answer-disagrees"), none.reason());
        assertTrue(outcome.item().isEmpty());
        assertEquals("rejected:answer-disagrees", store.traces.getFirst().outcome());
        assertEquals(1, store.stats().rejected());
        assertEquals(1L, store.stats().byReason().get("answer-disagrees"));
        assertTrue(practice.item("gen:1").isEmpty(), "a rejected item is never served");
    }

    @Test
    void a_failing_model_falls_back_to_no_item_and_leaves_a_trace_of_the_fallback() {
        model.failing(new HttpException(500, "model crashed"));

        TargetedItem outcome = practice.targetedItem(Fixtures.SKILL, NEW_MISCONCEPTION, 6, 7L, null);

        TargetedItem.NotGenerated none = assertInstanceOf(TargetedItem.NotGenerated.class, outcome);
        assertNotNull(none.traceId());
        assertEquals("fallback:failed", store.traces.getFirst().outcome());
        assertTrue(store.items.isEmpty(), "nothing to count: the model did not answer");
    }

    @Test
    void an_unknown_skill_is_refused_and_other_item_ids_are_not_generated_ones() {
        assertThrows(NoSuchElementException.class,
                () -> practice.targetedItem("no.such-skill", NEW_MISCONCEPTION, 6, 7L, null));
        assertTrue(practice.item("rp.unit-rate/unit-price#3").isEmpty());
        assertTrue(practice.item("gen:abc").isEmpty());
        assertTrue(practice.item("gen:99").isEmpty());
    }
}
