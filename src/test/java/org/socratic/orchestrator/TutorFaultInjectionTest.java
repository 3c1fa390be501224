package org.socratic.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.demo.DemoDistrict;
import org.socratic.testing.JsonApi;
import org.socratic.testing.SseReader;
import org.socratic.testing.TestDatabase;

/**
 * The tutor through the real Ollama client against a stub that speaks Ollama's /api/chat (streamed NDJSON), with
 * faults injected: server errors, malformed JSON, a stream that stalls, and enough failures to open the circuit.
 * In every case the student gets an answer within the agent's timeout and the message is stored.
 */
class TutorFaultInjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = """
            {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z","message":{"role":"assistant","content":"What is "},"done":false}
            {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z","message":{"role":"assistant","content":"the first step? "},"done":false}
            {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:01Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":50,"eval_count":7}
            """;
    @TempDir static Path home;
    static WireMockServer ollama;
    static EmbeddedServer server;
    static JsonApi api;
    static String token;
    static String sessionId;

    @BeforeAll
    static void start() throws IOException {
        ollama = new WireMockServer(options().dynamicPort());
        ollama.start();
        Path project = Path.of("").toAbsolutePath();
        for (String folder : List.of("content", "prompts", "guardrails")) {
            Files.createSymbolicLink(home.resolve(folder), project.resolve(folder));
        }
        Files.createDirectories(home.resolve("agents"));
        for (String agent : List.of("grading", "diagnostic", "curriculum")) {
            Files.copy(project.resolve("agents/" + agent + ".yml"), home.resolve("agents/" + agent + ".yml"));
        }
        // A short timeout and no retries, so faults show quickly.
        Files.writeString(home.resolve("agents/tutor.yml"), Files.readString(project.resolve("agents/tutor.yml"))
                .replace("timeout_seconds: 20", "timeout_seconds: 2").replace("retries: 1", "retries: 0"));
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "socratic.home", home.toString(),
                "socratic.llm.ollama.base-url", ollama.baseUrl(),
                "socratic.llm.circuit-open-seconds", 1), "test");
        server.getApplicationContext().getBean(DemoDistrict.class).seed("demo-password");
        api = new JsonApi(server.getURL().toString());
        token = api.login("student5", "demo-password");
        sessionId = api.post("/api/sessions", token, null).json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (ollama != null) ollama.stop();
    }

    private record Turn(String text, JsonNode done, long millis) {}

    private static Turn say(String text) throws IOException {
        long start = System.nanoTime();
        JsonApi.Reply reply = api.post("/api/sessions/" + sessionId + "/messages", token,
                JSON.createObjectNode().put("text", text));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, reply.status(), reply.body());
        List<SseReader.Event> events = SseReader.parse(reply.body());
        assertEquals("done", events.getLast().name(), reply.body());
        return new Turn(SseReader.text(events), JSON.readTree(events.getLast().data()), millis);
    }

    private static void assertStored(Turn turn, String text) throws Exception {
        TestDatabase db = new TestDatabase(server.getApplicationContext().getBean(DataSource.class));
        assertEquals(text, db.queryString("select payload->>'text' from events where id = " + turn.done().path("messageId").asLong()));
    }

    @Test
    void faults_fall_back_to_the_authored_hint_the_circuit_opens_and_recovers_and_no_message_is_lost() throws Exception {
        ollama.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(STREAM)));
        Turn ok = say("how do I start?");
        assertEquals("What is the first step?", ok.text().strip());
        assertEquals("tutor", ok.done().path("source").asText());
        assertStored(ok, "how do I start?");

        ollama.stubFor(post("/api/chat").willReturn(aResponse().withStatus(500).withBody("{\"error\":\"out of memory\"}")));
        Turn serverError = say("still stuck");
        assertEquals("authored-hint", serverError.done().path("source").asText(), serverError.done().toString());
        assertTrue(serverError.text().startsWith("(A hint from the lesson materials"), serverError.text());
        assertStored(serverError, "still stuck");

        ollama.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson")
                .withBody("{\"model\":\"llama3.1:8b\",\"message\":{\"role\":\"assist")));
        Turn malformed = say("hello?");
        assertEquals("authored-hint", malformed.done().path("source").asText(), malformed.done().toString());
        assertStored(malformed, "hello?");

        ollama.stubFor(post("/api/chat").willReturn(aResponse().withFixedDelay(6000)
                .withHeader("Content-Type", "application/x-ndjson").withBody(STREAM)));
        Turn stalled = say("are you there?");
        assertEquals("authored-hint", stalled.done().path("source").asText(), stalled.done().toString());
        assertEquals("timeout", stalled.done().path("fallback").asText(), stalled.done().toString());
        assertTrue(stalled.millis() < 4500, "the student waited " + stalled.millis() + " ms for a 2 s timeout");
        assertStored(stalled, "are you there?");

        ollama.stubFor(post("/api/chat").willReturn(aResponse().withStatus(503)));
        say("one");
        Turn open = say("two");
        int callsBefore = ollama.getAllServeEvents().size();
        Turn whileOpen = say("three");
        assertEquals("circuit_open", whileOpen.done().path("fallback").asText(),
                "after repeated failures the circuit is open: " + open.done() + " / " + whileOpen.done());
        assertEquals(callsBefore, ollama.getAllServeEvents().size(), "an open circuit does not call Ollama");
        assertStored(whileOpen, "three");

        ollama.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(STREAM)));
        Thread.sleep(1300);
        Turn recovered = say("ok, let's try again");
        assertEquals("tutor", recovered.done().path("source").asText(), recovered.done().toString());
        assertEquals("What is the first step?", recovered.text().strip());
    }
}
