package org.socratic.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat models built from configuration complete calls against stubs that answer in Ollama's and OpenAI's real
 * wire formats: a JSON reply, Ollama's streamed NDJSON and OpenAI's server-sent events.
 */
class ChatModelsWireFormatTest {
    private WireMockServer server;
    private ChatModels models;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        models = new ChatModels(new ProviderEndpoints(server.baseUrl(), server.baseUrl() + "/v1", "sk-test-key"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static ModelSpec spec(Provider provider, String model) {
        return new ModelSpec(provider, model, 0.3, 200, Duration.ofSeconds(5));
    }

    @Test
    void the_ollama_chat_model_completes_a_call() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z",
                 "message":{"role":"assistant","content":"What do you notice about the two ratios?"},
                 "done":true,"done_reason":"stop","prompt_eval_count":31,"eval_count":9}""")));

        ChatModel model = models.chatModel(spec(Provider.OLLAMA, "llama3.1:8b"));
        ChatResponse response = model.chat(dev.langchain4j.data.message.UserMessage.from("help me with 3:4"));

        assertEquals("What do you notice about the two ratios?", response.aiMessage().text());
        assertEquals(31, response.tokenUsage().inputTokenCount());
        server.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1:8b")))
                .withRequestBody(matchingJsonPath("$.options.num_predict", equalTo("200")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false"))));
    }

    @Test
    void the_ollama_streaming_model_reads_ndjson_chunks() throws Exception {
        String ndjson = """
                {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z","message":{"role":"assistant","content":"What "},"done":false}
                {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z","message":{"role":"assistant","content":"is 3 times 4?"},"done":false}
                {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:01Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":20,"eval_count":6}
                """;
        server.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(ndjson)));

        StreamingChatModel model = models.streamingChatModel(spec(Provider.OLLAMA, "llama3.1:8b"));
        Collected collected = collect(model, "hint please");

        assertEquals("What is 3 times 4?", collected.response.get(5, TimeUnit.SECONDS).aiMessage().text());
        assertEquals("What is 3 times 4?", collected.tokens.toString());
        server.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void the_openai_chat_model_completes_a_call_with_the_key_from_configuration() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1795300000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Which operation undoes adding 5?"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":40,"completion_tokens":8,"total_tokens":48}}""")));

        ChatModel model = models.chatModel(spec(Provider.OPENAI, "gpt-4o-mini"));
        ChatResponse response = model.chat(dev.langchain4j.data.message.UserMessage.from("x + 5 = 12"));

        assertEquals("Which operation undoes adding 5?", response.aiMessage().text());
        assertEquals(8, response.tokenUsage().outputTokenCount());
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
    }

    @Test
    void the_openai_streaming_model_reads_server_sent_events() throws Exception {
        String sse = """
                data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Try "},"finish_reason":null}]}

                data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"subtracting 5."},"finish_reason":null}]}

                data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

                data: [DONE]

                """;
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(sse)));

        StreamingChatModel model = models.streamingChatModel(spec(Provider.OPENAI, "gpt-4o-mini"));
        Collected collected = collect(model, "x + 5 = 12");

        assertEquals("Try subtracting 5.", collected.response.get(5, TimeUnit.SECONDS).aiMessage().text());
        assertEquals("Try subtracting 5.", collected.tokens.toString());
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
    }

    @Test
    void a_server_error_from_ollama_surfaces_as_an_exception_for_the_resilience_layer() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model crashed\"}")));
        ChatModel model = models.chatModel(spec(Provider.OLLAMA, "llama3.1:8b"));
        assertThrows(RuntimeException.class, () -> model.chat(dev.langchain4j.data.message.UserMessage.from("hi")));
    }

    @Test
    void an_openai_agent_without_a_key_is_refused_clearly() {
        ChatModels keyless = new ChatModels(new ProviderEndpoints(server.baseUrl(), server.baseUrl() + "/v1", ""));
        var e = assertThrows(IllegalStateException.class, () -> keyless.chatModel(spec(Provider.OPENAI, "gpt-4o-mini")));
        assertEquals("an agent is configured for OpenAI but OPENAI_API_KEY is not set", e.getMessage());
    }

    private record Collected(StringBuilder tokens, CompletableFuture<ChatResponse> response) {}

    private static Collected collect(StreamingChatModel model, String text) {
        StringBuilder tokens = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(text, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) { tokens.append(partial); }

            @Override
            public void onCompleteResponse(ChatResponse response) { done.complete(response); }

            @Override
            public void onError(Throwable error) { done.completeExceptionally(error); }
        });
        return new Collected(tokens, done);
    }
}
