package org.socratic.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.socratic.curriculum.NextSkillSelector;
import org.socratic.curriculum.NextSkillStrategy;

/**
 * Runs the same synthetic students under several selection policies. Student i's hidden knowledge, placement and
 * answer stream depend only on the seed and i, so a run is reproducible whatever the number of threads, and the
 * policies are compared on the same students.
 */
final class Simulation {
    private final SimulatedCurriculum world;
    private final int threads;

    Simulation(SimulatedCurriculum world, int threads) {
        this.world = world;
        this.threads = threads;
    }

    Map<String, PolicyFigures> run(List<String> policies, SimulationSettings settings, int students, long seed) {
        List<List<StudentOutcome>> byPolicy = new ArrayList<>();
        long[] nanos = new long[policies.size()];
        for (int p = 0; p < policies.size(); p++) byPolicy.add(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "simulate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<StudentOutcome[]>> futures = new ArrayList<>();
            long[][] spent = new long[students][policies.size()];
            for (int i = 0; i < students; i++) {
                int student = i;
                futures.add(pool.submit(() -> teachOne(policies, settings, seed, student, spent[student])));
            }
            for (Future<StudentOutcome[]> future : futures) {
                StudentOutcome[] outcomes = future.get();
                for (int p = 0; p < policies.size(); p++) byPolicy.get(p).add(outcomes[p]);
            }
            for (long[] perStudent : spent) for (int p = 0; p < nanos.length; p++) nanos[p] += perStudent[p];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, PolicyFigures> figures = new LinkedHashMap<>();
        for (int p = 0; p < policies.size(); p++) {
            figures.put(policies.get(p), PolicyFigures.of(policies.get(p), byPolicy.get(p), nanos[p] / 1e9));
        }
        return figures;
    }

    private StudentOutcome[] teachOne(List<String> policies, SimulationSettings settings, long seed, int student,
            long[] spent) {
        long studentSeed = seed * 1_000_003L + student;
        StudentRun run = new StudentRun(world, settings, new SplittableRandom(studentSeed));
        StudentOutcome[] outcomes = new StudentOutcome[policies.size()];
        for (int p = 0; p < policies.size(); p++) {
            long started = System.nanoTime();
            NextSkillSelector selector = new NextSkillSelector(NextSkillStrategy.named(policies.get(p), studentSeed),
                    settings.review());
            outcomes[p] = run.teach(selector, new SplittableRandom(studentSeed ^ 0x9E3779B97F4A7C15L));
            spent[p] = System.nanoTime() - started;
        }
        return outcomes;
    }
}
