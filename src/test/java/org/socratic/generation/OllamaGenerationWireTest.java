package org.socratic.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.content.Misconception;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.Provider;
import org.socratic.llm.ProviderEndpoints;

/**
 * The real Ollama client against a stub of Ollama's {@code /api/chat}: the item's JSON schema travels in
 * {@code format}, a confirmed reply becomes an item, and a server error or a reply too slow for the curriculum
 * agent's deadline ends in a fallback with no generated item. OpenAI receives the schema as its response format.
 */
class OllamaGenerationWireTest {
    private static final Misconception MISCONCEPTION =
            new Misconception("adds-quantities", "adds the two quantities instead of dividing", null);
    private static final ObjectMapper JSON = new ObjectMapper();
    private WireMockServer ollama;
    private ModelGuards guards;
    private InMemoryGeneratedItems store;
    private ChatModels models;

    @BeforeEach
    void start() {
        ollama = new WireMockServer(options().dynamicPort());
        ollama.start();
        guards = new ModelGuards(2, 16, 30);
        store = new InMemoryGeneratedItems();
        models = new ChatModels(new ProviderEndpoints(ollama.baseUrl(), ollama.baseUrl() + "/v1", ""));
    }

    /** The service with the curriculum agent's deadline set for the test (the first call also warms the client). */
    private TargetedPractice practice(Duration deadline) {
        return new TargetedPractice(Fixtures.graph(), Fixtures.bank(), Fixtures.agent(Provider.OLLAMA, deadline, 0),
                models, guards, Fixtures.guardrail(), store, () -> Fixtures.SEED);
    }

    @AfterEach
    void stop() {
        ollama.stop();
        for (Provider p : Provider.values()) guards.forProvider(p).close();
    }

    private static String ollamaReply(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "llama3.1:8b");
        body.put("created_at", "2026-11-22T10:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", true);
        body.put("done_reason", "stop");
        body.put("prompt_eval_count", 610);
        body.put("eval_count", 142);
        return body.toString();
    }

    @Test
    void the_item_schema_is_sent_in_format_and_a_confirmed_reply_becomes_an_item() {
        ollama.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(ollamaReply(Fixtures.validJson()))));

        TargetedItem outcome = practice(Duration.ofSeconds(20)).targetedItem(Fixtures.SKILL, MISCONCEPTION, 6, null, null);

        TargetedItem.Generated generated = assertInstanceOf(TargetedItem.Generated.class, outcome, outcome::toString);
        assertEquals("$1.50", generated.generated().answer().display());
        ollama.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1:8b")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.format.type", equalTo("object")))
                .withRequestBody(matchingJsonPath("$.format.properties.computation.type", equalTo("string")))
                .withRequestBody(matchingJsonPath("$.format.properties.solution_steps.type", equalTo("array")))
                .withRequestBody(matchingJsonPath("$.format.properties.common_mistake.properties.computation.type",
                        equalTo("string")))
                .withRequestBody(matchingJsonPath("$.format.required[?(@ == 'computation')]"))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system"))));
        assertEquals(610, store.traces.getFirst().inputTokens());
    }

    @Test
    void for_openai_the_item_schema_is_sent_as_the_response_format() {
        ollama.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(openAiReply(Fixtures.validJson()))));
        ChatModels openAi = new ChatModels(new ProviderEndpoints(ollama.baseUrl(), ollama.baseUrl() + "/v1", "sk-test"));
        TargetedPractice practice = new TargetedPractice(Fixtures.graph(), Fixtures.bank(),
                Fixtures.agent(Provider.OPENAI, Duration.ofSeconds(20), 0), openAi, guards, Fixtures.guardrail(), store,
                () -> Fixtures.SEED);

        TargetedItem outcome = practice.targetedItem(Fixtures.SKILL, MISCONCEPTION, 6, null, null);

        assertInstanceOf(TargetedItem.Generated.class, outcome, outcome::toString);
        ollama.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("generated_item")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.computation.type",
                        equalTo("string"))));
    }

    private static String openAiReply(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1795300000).put("model", "llama3.1:8b");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 600).put("completion_tokens", 140).put("total_tokens", 740);
        return body.toString();
    }

    @Test
    void a_server_error_falls_back_to_no_generated_item() {
        ollama.stubFor(post("/api/chat").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"model crashed\"}")));

        TargetedItem outcome = practice(Duration.ofSeconds(20)).targetedItem(Fixtures.SKILL, MISCONCEPTION, 6, null, null);

        assertInstanceOf(TargetedItem.NotGenerated.class, outcome);
        assertTrue(outcome.item().isEmpty());
        assertEquals("fallback:failed", store.traces.getFirst().outcome());
        assertTrue(store.items.isEmpty(), "no generated item is stored or counted");
    }

    @Test
    void a_reply_slower_than_the_deadline_falls_back_to_no_generated_item() {
        ollama.stubFor(post("/api/chat").willReturn(aResponse().withFixedDelay(5000)
                .withHeader("Content-Type", "application/json").withBody(ollamaReply(Fixtures.validJson()))));

        TargetedItem outcome = practice(Duration.ofSeconds(1)).targetedItem(Fixtures.SKILL, MISCONCEPTION, 6, null, null);

        TargetedItem.NotGenerated none = assertInstanceOf(TargetedItem.NotGenerated.class, outcome, outcome::toString);
        assertTrue(store.traces.getFirst().outcome().startsWith("fallback:"), store.traces.getFirst().outcome());
        assertTrue(none.reason().contains("did not answer"), none.reason());
        assertTrue(store.items.isEmpty());
    }
}
