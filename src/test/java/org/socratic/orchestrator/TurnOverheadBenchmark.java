package org.socratic.orchestrator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.socratic.content.ContentBank;
import org.socratic.identity.Role;
import org.socratic.identity.Users;
import org.socratic.testing.JsonApi;

/**
 * Orchestration overhead per turn at 50 concurrent sessions: everything a turn costs except the model's own time.
 * The tutor is a scripted model that answers after a fixed latency; a turn's overhead is its wall time minus that
 * latency. Not part of the normal suite (it prints figures, it asserts none):
 * {@code scripts/bench.sh turns}.
 */
class TurnOverheadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 50);
    private static final int TURNS = Integer.getInteger("bench.turns", 10);
    private static final long MODEL_MS = 300;
    /** Turns per session run first and not counted: the JIT compiles the hot paths during these. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);

    @Test
    void orchestration_overhead_per_turn() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true (scripts/bench.sh turns)");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "scripted-models", true, "scripted-models.latency-ms", MODEL_MS,
                "socratic.llm.ollama.max-concurrent", SESSIONS, "datasources.default.maximum-pool-size", 20), "test")) {
            Users users = server.getApplicationContext().getBean(Users.class);
            ContentBank bank = server.getApplicationContext().getBean(ContentBank.class);
            JsonApi api = new JsonApi(server.getURL().toString());
            List<String> tokens = new ArrayList<>();
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                users.createIfAbsent("bench" + i, "Bench Student " + i, Role.STUDENT, 7, "bench-password");
                String token = api.login("bench" + i, "bench-password");
                tokens.add(token);
                sessions.add(api.post("/api/sessions", token, null).json().path("id").asText());
            }
            List<Long> turnMicros = Collections.synchronizedList(new ArrayList<>());
            List<Long> attemptMicros = Collections.synchronizedList(new ArrayList<>());
            long wall = System.nanoTime();  // includes the warm-up turns
            try (ExecutorService pool = Executors.newFixedThreadPool(SESSIONS)) {
                List<Future<?>> runs = new ArrayList<>();
                for (int s = 0; s < SESSIONS; s++) {
                    int n = s;
                    runs.add(pool.submit(() -> {
                        for (int t = 0; t < WARMUP + TURNS; t++) {
                            boolean counted = t >= WARMUP;
                            long start = System.nanoTime();
                            JsonApi.Reply reply = api.post("/api/sessions/" + sessions.get(n) + "/messages", tokens.get(n),
                                    JSON.createObjectNode().put("text", "can you give me a hint for this one?"));
                            if (reply.status() != 200) throw new IllegalStateException(reply.body());
                            if (counted) turnMicros.add((System.nanoTime() - start) / 1000 - MODEL_MS * 1000);
                            JsonNode view = api.get("/api/sessions/" + sessions.get(n), tokens.get(n)).json();
                            String item = view.path("item").path("id").asText();
                            start = System.nanoTime();
                            api.post("/api/sessions/" + sessions.get(n) + "/attempts", tokens.get(n), JSON.createObjectNode()
                                    .put("itemId", item).put("answer", bank.item(item).answer().display())
                                    .put("responseTimeMs", 20000).put("idempotencyKey", n + "-" + t));
                            if (counted) attemptMicros.add((System.nanoTime() - start) / 1000);
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) run.get();
            }
            double seconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(Locale.ROOT, "%nTurn overhead at %d concurrent sessions, %d turns each after %d warm-up turns, scripted model %d ms, %d cores:%n",
                    SESSIONS, TURNS, WARMUP, MODEL_MS, Runtime.getRuntime().availableProcessors());
            System.out.println("  message turn (all but the model's time): " + percentiles(turnMicros));
            System.out.println("  attempt (check, record, mastery, next item): " + percentiles(attemptMicros));
            System.out.printf(Locale.ROOT, "  %d turns and %d attempts in %.1f s%n", turnMicros.size(), attemptMicros.size(), seconds);
        }
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
                at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.getLast() / 1000.0, sorted.size());
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
