package org.socratic.orchestrator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.socratic.content.ContentBank;
import org.socratic.identity.Role;
import org.socratic.identity.Users;
import org.socratic.testing.JsonApi;

/**
 * Orchestration overhead per turn at 50 concurrent sessions: everything a turn costs except the model's own time.
 * The tutor is a scripted model that answers after a fixed latency; a turn's overhead is its wall time minus that
 * latency. Each session is a student who sends a message, reads the reply, answers the item (every third answer
 * wrong) and goes on to the item the answer's result names; between two actions the student pauses for a think time drawn uniformly from 0.5 to 1.5 times
 * {@code bench.think-ms} (default 2 s, several times quicker than a child reads a reply and types an answer). With
 * {@code -Dbench.think-ms=0} every session fires its next request at once: a saturation test of throughput.
 * Not part of the normal suite (it prints figures, it asserts none): {@code scripts/bench.sh turns}.
 */
class TurnOverheadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 50);
    private static final int TURNS = Integer.getInteger("bench.turns", 20);
    private static final long THINK_MS = Long.getLong("bench.think-ms", 2000);
    private static final long MODEL_MS = 300;
    /** Rounds per session run first and not counted: the JIT compiles the hot paths during these. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);

    @Test
    void orchestration_overhead_per_turn() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true (scripts/bench.sh turns)");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "scripted-models", true, "scripted-models.latency-ms", MODEL_MS,
                "socratic.llm.ollama.max-concurrent", SESSIONS, "datasources.default.maximum-pool-size", 20,
                "socratic.content.warm-item-vectors", true), "test")) {
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
            long[] cpuAtStart = new long[2];
            long[] wallAtStart = new long[1];
            java.util.concurrent.CountDownLatch warm = new java.util.concurrent.CountDownLatch(SESSIONS);
            try (ExecutorService pool = Executors.newFixedThreadPool(SESSIONS)) {
                List<Future<?>> runs = new ArrayList<>();
                for (int s = 0; s < SESSIONS; s++) {
                    int n = s;
                    runs.add(pool.submit(() -> {
                        String path = "/api/sessions/" + sessions.get(n);
                        // As a client does: the session's first item, then the one each answer's "next" names.
                        String item = api.get(path, tokens.get(n)).json().path("item").path("id").asText();
                        for (int t = 0; t < WARMUP + TURNS; t++) {
                            if (t == WARMUP) {
                                // Counting starts once every session is warm; the CPU figures start there too.
                                warm.countDown();
                                warm.await();
                                synchronized (cpuAtStart) {
                                    if (wallAtStart[0] == 0) {
                                        wallAtStart[0] = System.nanoTime();
                                        cpuAtStart[0] = jvmCpuNanos();
                                        cpuAtStart[1] = postgresCpuNanos();
                                    }
                                }
                            }
                            boolean counted = t >= WARMUP;
                            think();
                            long start = System.nanoTime();
                            JsonApi.Reply reply = api.post(path + "/messages", tokens.get(n),
                                    JSON.createObjectNode().put("text", "can you give me a hint for this one?"));
                            if (reply.status() != 200) throw new IllegalStateException(reply.body());
                            if (counted) turnMicros.add((System.nanoTime() - start) / 1000 - MODEL_MS * 1000);
                            if (item.isEmpty()) continue;  // a long run can master every skill within reach
                            // Every third answer is wrong, as students' are: it runs the misconception diagnosis too.
                            String answer = t % 3 == 2 ? "-999" : bank.item(item).answer().display();
                            think();
                            start = System.nanoTime();
                            JsonNode result = api.post(path + "/attempts", tokens.get(n), JSON.createObjectNode()
                                    .put("itemId", item).put("answer", answer)
                                    .put("responseTimeMs", 20000).put("idempotencyKey", n + "-" + t)).json();
                            if (counted) attemptMicros.add((System.nanoTime() - start) / 1000);
                            item = result.path("next").path("item").path("id").asText();
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) run.get();
            }
            double seconds = (System.nanoTime() - wallAtStart[0]) / 1e9;
            double jvmCpuMs = (jvmCpuNanos() - cpuAtStart[0]) / 1e6;
            long pgEnd = postgresCpuNanos();
            int operations = turnMicros.size() + attemptMicros.size();
            System.out.printf(Locale.ROOT, "%nTurn overhead at %d concurrent sessions, %d turns each after %d warm-up turns, "
                            + "scripted model %d ms, think time %s, %d cores:%n", SESSIONS, TURNS, WARMUP, MODEL_MS,
                    THINK_MS == 0 ? "none" : (THINK_MS / 2) + "-" + (THINK_MS * 3 / 2) + " ms",
                    Runtime.getRuntime().availableProcessors());
            System.out.println("  message turn (all but the model's time): " + percentiles(turnMicros));
            System.out.println("  attempt (check, record, mastery, next item): " + percentiles(attemptMicros));
            System.out.printf(Locale.ROOT, "  %d turns and %d attempts in %.1f s (%.1f operations/s)%n", turnMicros.size(),
                    attemptMicros.size(), seconds, operations / seconds);
            System.out.printf(Locale.ROOT, "  CPU per turn+attempt pair: %.1f ms in the JVM (server and this client), %s%n",
                    jvmCpuMs / turnMicros.size(), cpuAtStart[1] < 0 || pgEnd < 0 ? "PostgreSQL not measured"
                            : String.format(Locale.ROOT, "%.1f ms in PostgreSQL", (pgEnd - cpuAtStart[1]) / 1e6 / turnMicros.size()));
        }
    }

    private static void think() throws InterruptedException {
        if (THINK_MS > 0) Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MS / 2, THINK_MS * 3 / 2 + 1));
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system time of every PostgreSQL process on this machine (Linux), or -1 when it cannot be read. */
    private static long postgresCpuNanos() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) continue;
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException e) {
                    // the process ended while we read it
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 10_000_000L;  // USER_HZ is 100 on Linux
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
