package org.socratic.learner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fits each skill's parameters by EM with several restarts, skills in parallel on a bounded pool. A skill with too
 * little data gets the published defaults and says so. The result does not depend on the number of threads: each
 * skill's restarts are seeded from the options' seed and the skill's name.
 */
final class BktFitter {
    private final FitOptions options;
    private final Clock clock;

    BktFitter(FitOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    BktParameterSet fit(ResponseLog log, String source) {
        SkillSequences[] skills = SkillSequences.of(log);
        List<SkillFit> fits = new ArrayList<>(skills.length);
        if (options.threads() == 1) {
            for (SkillSequences skill : skills) fits.add(fitSkill(skill));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
                Thread thread = new Thread(runnable, "bkt-fit");
                thread.setDaemon(true);
                return thread;
            });
            try {
                // largest skills first, so that the pool does not end waiting on one big skill
                List<Future<SkillFit>> futures = new ArrayList<>();
                Integer[] order = new Integer[skills.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, (a, b) -> Integer.compare(skills[b].observations(),
                        skills[a].observations()));
                SkillFit[] results = new SkillFit[skills.length];
                for (int i : order) futures.add(pool.submit(() -> results[i] = fitSkill(skills[i])));
                for (Future<SkillFit> future : futures) future.get();
                fits.addAll(List.of(results));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("fitting was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("fitting failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, SkillFit> bySkill = new LinkedHashMap<>();
        for (SkillFit fit : fits) bySkill.put(fit.skill(), fit);
        return new BktParameterSet(0, clock.instant(), source, log.size(), options.fitForgets(), bySkill);
    }

    SkillFit fitSkill(SkillSequences data) {
        if (data.observations() < options.minObservations() || data.sequences() < options.minSequences()) {
            return SkillFit.defaulted(data.skill(), data.observations(), data.sequences());
        }
        BaumWelch em = new BaumWelch(data, options);
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + data.skill().hashCode());
        BaumWelch.Estimate best = null;
        for (int restart = 0; restart < options.restarts(); restart++) {
            BktParameters start = restart == 0 ? firstStart() : randomStart(random);
            BaumWelch.Estimate estimate = em.run(start);
            if (best == null || estimate.logLikelihood() > best.logLikelihood()) best = estimate;
        }
        return new SkillFit(data.skill(), best.params(), data.observations(), data.sequences(), false,
                best.logLikelihood());
    }

    /** A conventional starting point: most restarts from it land near the usual optimum. */
    private BktParameters firstStart() {
        return new BktParameters(0.4, 0.15, 0.2, 0.1, options.fitForgets() ? 0.05 : 0);
    }

    private BktParameters randomStart(SplittableRandom random) {
        return new BktParameters(
                random.nextDouble(0.05, 0.95),
                random.nextDouble(0.01, 0.5),
                random.nextDouble(0.01, options.maxGuess()),
                random.nextDouble(0.01, options.maxSlip()),
                options.fitForgets() ? random.nextDouble(0, 0.2) : 0);
    }
}
