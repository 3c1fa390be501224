package org.socratic.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection against a stub that speaks Ollama's /api/chat: the guard turns every failure into a reason. */
class ModelCallGuardTest {
    private static final String OK = """
            {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z","message":{"role":"assistant","content":"Try again?"},"done":true}""";
    private WireMockServer server;
    private ChatModel model;
    private ModelCallGuard guard;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().containerThreads(20));
        server.start();
        model = new ChatModels(new ProviderEndpoints(server.baseUrl(), server.baseUrl(), ""))
                .chatModel(new ModelSpec(Provider.OLLAMA, "llama3.1:8b", 0.2, 100, Duration.ofSeconds(5)));
        guard = new ModelCallGuard("ollama", new GuardSettings(2, Duration.ofMillis(50), 50, 4,
                Duration.ofMillis(300), Duration.ofMillis(10)));
    }

    @AfterEach
    void stop() {
        guard.close();
        server.stop();
    }

    private String ask() {
        return model.chat(UserMessage.from("hint?")).aiMessage().text();
    }

    private ModelUnavailableException.Reason failureOf(Duration deadline, int retries) {
        return assertThrows(ModelUnavailableException.class, () -> guard.call(deadline, retries, this::ask)).reason();
    }

    @Test
    void a_healthy_provider_answers_through_the_guard() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OK)));
        assertEquals("Try again?", guard.call(Duration.ofSeconds(2), 1, this::ask));
    }

    @Test
    void server_errors_are_retried_a_bounded_number_of_times_then_fail() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
        assertEquals(ModelUnavailableException.Reason.FAILED, failureOf(Duration.ofSeconds(3), 2));
        server.verify(3, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void a_bad_request_is_not_retried() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad\"}")));
        failureOf(Duration.ofSeconds(3), 2);
        server.verify(1, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void a_slow_provider_times_out_within_the_deadline() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withFixedDelay(3000)
                .withHeader("Content-Type", "application/json").withBody(OK)));
        long start = System.nanoTime();
        assertEquals(ModelUnavailableException.Reason.TIMEOUT, failureOf(Duration.ofMillis(400), 2));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMs < 1000, "the caller waited " + waitedMs + " ms");
    }

    @Test
    void malformed_json_and_dropped_connections_fail_cleanly() {
        server.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"message\": {")));
        assertEquals(ModelUnavailableException.Reason.FAILED, failureOf(Duration.ofSeconds(2), 0));
        server.stubFor(post("/api/chat").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertEquals(ModelUnavailableException.Reason.FAILED, failureOf(Duration.ofSeconds(2), 1));
    }

    @Test
    void the_circuit_opens_after_repeated_failures_and_recovers() throws Exception {
        server.stubFor(post("/api/chat").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) failureOf(Duration.ofSeconds(2), 0);
        assertEquals(CircuitBreaker.State.OPEN, guard.circuitState());
        int before = server.getAllServeEvents().size();
        assertEquals(ModelUnavailableException.Reason.CIRCUIT_OPEN, failureOf(Duration.ofSeconds(2), 0));
        assertEquals(before, server.getAllServeEvents().size(), "an open circuit does not call the provider");

        server.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OK)));
        Thread.sleep(500);
        assertEquals("Try again?", guard.call(Duration.ofSeconds(2), 0, this::ask));
        assertEquals("Try again?", guard.call(Duration.ofSeconds(2), 0, this::ask));
        assertEquals(CircuitBreaker.State.CLOSED, guard.circuitState());
    }

    @Test
    void the_bulkhead_caps_concurrent_calls() throws Exception {
        server.stubFor(post("/api/chat").willReturn(aResponse().withFixedDelay(800)
                .withHeader("Content-Type", "application/json").withBody(OK)));
        try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var first = callers.submit(() -> guard.call(Duration.ofSeconds(3), 0, this::ask));
            var second = callers.submit(() -> guard.call(Duration.ofSeconds(3), 0, this::ask));
            Thread.sleep(300);
            assertEquals(ModelUnavailableException.Reason.BUSY, failureOf(Duration.ofSeconds(3), 0));
            assertEquals("Try again?", first.get());
            assertEquals("Try again?", second.get());
        }
    }
}
