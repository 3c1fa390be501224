package org.socratic.guardrail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socratic.guardrail.GuardrailPolicy.ModelEndpoint;

/**
 * Llama Guard 3 through Ollama's /api/chat and OpenAI's /v1/moderations, against HTTP stubs that speak their wire
 * formats: verdicts, category mapping, errors and timeouts, and how the pipeline combines them with the offline
 * layers (they only add; a failing one never blocks the offline verdict; cloud calls get redacted text).
 */
class ModelLayersTest {
    private static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @BeforeEach
    void reset() {
        SERVER.resetAll();
    }

    private static ModelEndpoint endpoint(String model, int timeoutMs) {
        return new ModelEndpoint(true, SERVER.baseUrl(), model, timeoutMs, "", 0.5);
    }

    private static LlamaGuardLayer llamaGuard(int timeoutMs) {
        return new LlamaGuardLayer(HTTP, endpoint("llama-guard3:1b", timeoutMs));
    }

    private static OpenAiModerationLayer moderation(int timeoutMs) {
        return new OpenAiModerationLayer(HTTP, endpoint("omni-moderation-latest", timeoutMs), "sk-test");
    }

    private static void ollamaSays(String content) {
        SERVER.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson("""
                {"model":"llama-guard3:1b","created_at":"2026-11-22T05:00:00Z",
                 "message":{"role":"assistant","content":%s},"done_reason":"stop","done":true,
                 "total_duration":123456,"eval_count":4}""".formatted(quote(content)))));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static Inspection input(String text) {
        return Inspection.of(text, Direction.INPUT, GuardrailContext.empty());
    }

    @Test
    void llama_guard_safe_is_clear_and_the_request_speaks_ollamas_chat_format() {
        ollamaSays("safe");
        assertInstanceOf(LayerResult.Clear.class, llamaGuard(2000).check(input("what is 2 + 2?")));
        SERVER.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama-guard3:1b")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("what is 2 + 2?"))));
    }

    @ParameterizedTest(name = "Llama Guard ''{0}'' means {1}")
    @CsvSource(delimiter = '|', value = {
        "unsafe\\nS11 | self_harm",
        "unsafe\\nS1,S11 | violence,self_harm",
        "unsafe\\nS4 | abuse",
        "unsafe\\nS10 | hate",
        "unsafe\\nS12 | sexual",
        "unsafe\\nS9 | weapons",
        "unsafe\\nS7 | pii",
    })
    void llama_guard_unsafe_codes_map_to_categories(String reply, String categories) {
        ollamaSays(reply.replace("\\n", "\n"));
        LayerResult result = llamaGuard(2000).check(input("anything"));
        List<String> found = result.findings().stream().map(f -> f.category().id()).toList();
        assertEquals(List.of(categories.split(",")), found);
    }

    @Test
    void llama_guard_errors_timeouts_and_nonsense_are_unavailable() {
        SERVER.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
        assertEquals("HTTP 500", ((LayerResult.Unavailable) llamaGuard(2000).check(input("x"))).reason());
        SERVER.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson("{\"message\":{\"content\":\"safe\"}}")
                .withFixedDelay(1500)));
        assertTrue(((LayerResult.Unavailable) llamaGuard(200).check(input("x"))).reason().contains("timed out"));
        ollamaSays("I think this message is fine");
        assertInstanceOf(LayerResult.Unavailable.class, llamaGuard(2000).check(input("x")));
        SERVER.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"model 'llama-guard3:1b' not found\"}")));
        assertInstanceOf(LayerResult.Unavailable.class, llamaGuard(2000).check(input("x")));
    }

    private static void moderationSays(boolean flagged, String category, double score) {
        SERVER.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson("""
                {"id":"modr-1","model":"omni-moderation-latest","results":[{"flagged":%s,
                 "categories":{"sexual":false,"hate":false,"harassment":false,"self-harm":false,
                   "self-harm/intent":false,"violence":false,"illicit":false,"%s":%s},
                 "category_scores":{"sexual":0.001,"hate":0.002,"harassment":0.01,"self-harm":0.003,
                   "self-harm/intent":0.002,"violence":0.004,"illicit":0.001,"%s":%s}}]}"""
                .formatted(flagged, category, flagged, category, score))));
    }

    @Test
    void openai_moderation_flags_map_to_categories_and_send_the_key() {
        moderationSays(true, "self-harm/intent", 0.93);
        LayerResult r = moderation(2000).check(input("something"));
        assertEquals(Category.SELF_HARM, r.findings().getFirst().category());
        assertEquals(0.93, r.findings().getFirst().score(), 1e-9);
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/moderations"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.input", equalTo("something")))
                .withRequestBody(matchingJsonPath("$.model", equalTo("omni-moderation-latest"))));
        moderationSays(false, "harassment", 0.7);
        assertEquals(Category.BULLYING, moderation(2000).check(input("x")).findings().getFirst().category());
        moderationSays(false, "violence", 0.2);
        assertInstanceOf(LayerResult.Clear.class, moderation(2000).check(input("x")));
    }

    @Test
    void openai_moderation_errors_and_timeouts_are_unavailable() {
        SERVER.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(aResponse().withStatus(429)
                .withBody("{\"error\":{\"message\":\"Rate limit\",\"type\":\"requests\"}}")));
        assertEquals("HTTP 429", ((LayerResult.Unavailable) moderation(2000).check(input("x"))).reason());
        SERVER.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson("{\"results\":[]}").withFixedDelay(1500)));
        assertTrue(((LayerResult.Unavailable) moderation(200).check(input("x"))).reason().contains("timed out"));
    }

    private static GuardrailPipeline pipeline(RemoteLayer... layers) {
        return GuardrailPipeline.create(TestGuardrails.config(), java.util.Optional.empty(), List.of(layers));
    }

    @Test
    void a_model_layer_adds_a_verdict_the_offline_layers_missed() {
        ollamaSays("unsafe\nS11");
        GuardrailResult r = pipeline(llamaGuard(2000)).checkInput("everything feels grey and heavy lately", GuardrailContext.empty());
        assertEquals(Action.ESCALATE, r.action());
        assertEquals("llama_guard", r.deciding().orElseThrow().layer());
        assertTrue(r.reply().orElseThrow().contains("988"));
    }

    @Test
    void a_model_saying_safe_never_removes_an_offline_verdict() {
        ollamaSays("safe");
        moderationSays(false, "violence", 0.01);
        GuardrailResult r = pipeline(llamaGuard(2000), moderation(2000))
                .checkInput("just tell me the answer you stupid bot", GuardrailContext.empty());
        assertEquals(List.of(Category.BULLYING, Category.ANSWER_SEEKING), r.categories());
        assertEquals(Action.REDIRECT, r.action());
    }

    @Test
    void a_failing_model_layer_never_blocks_the_offline_verdict() {
        SERVER.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(503)));
        SERVER.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson("{}").withFixedDelay(1500)));
        GuardrailPipeline p = pipeline(llamaGuard(2000), moderation(200));
        GuardrailResult unsafe = p.checkInput("send me nudes", GuardrailContext.empty());
        assertEquals(Action.BLOCK, unsafe.action());
        assertEquals(2, unsafe.failures().size());
        GuardrailResult clean = p.checkInput("how do I add fractions?", GuardrailContext.empty());
        assertEquals(Action.ALLOW, clean.action());
        assertEquals(List.of("llama_guard", "openai_moderation"), clean.failures().stream().map(LayerFailure::layer).toList());
    }

    @Test
    void personal_information_is_redacted_before_the_cloud_but_not_before_the_districts_ollama() {
        ollamaSays("safe");
        moderationSays(false, "violence", 0.0);
        GuardrailContext ctx = GuardrailContext.builder().roster(java.util.Set.of("Maya Patel")).build();
        pipeline(llamaGuard(2000), moderation(2000))
                .checkInput("Maya Patel here, call me at 555-123-4567", ctx);
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/moderations"))
                .withRequestBody(notContaining("555-123-4567")).withRequestBody(notContaining("Maya Patel"))
                .withRequestBody(containing("[PHONE]")).withRequestBody(containing("[NAME]")));
        SERVER.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing("555-123-4567")));
        assertEquals("[NAME] here, call me at [PHONE]",
                pipeline().redactForProvider("Maya Patel here, call me at 555-123-4567", ProviderKind.CLOUD, ctx));
        assertEquals("Maya Patel here", pipeline().redactForProvider("Maya Patel here", ProviderKind.LOCAL, ctx));
    }

    @Test
    void model_layers_are_not_called_when_the_offline_layers_already_escalated() {
        ollamaSays("safe");
        GuardrailResult r = pipeline(llamaGuard(2000)).checkInput("i want to kill myself", GuardrailContext.empty());
        assertEquals(Action.ESCALATE, r.action());
        SERVER.verify(0, postRequestedFor(urlEqualTo("/api/chat")));
    }
}
