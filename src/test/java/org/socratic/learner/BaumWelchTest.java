package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BaumWelchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void logLikelihoodEqualsTheSumOverEveryHiddenPath() {
        BktParameters p = new BktParameters(0.3, 0.2, 0.25, 0.1, 0.05);
        byte[] answers = {0, 1, 0, 1, 1};
        SkillSequences data = new SkillSequences("s", answers, null, new int[] {0, answers.length});
        double total = 0;
        for (int path = 0; path < 1 << answers.length; path++) { // bit t = known at answer t
            boolean known = (path & 1) != 0;
            double probability = known ? p.prior() : 1 - p.prior();
            for (int t = 0; t < answers.length; t++) {
                known = (path >> t & 1) != 0;
                if (t > 0) {
                    boolean was = (path >> (t - 1) & 1) != 0;
                    probability *= was ? (known ? 1 - p.forget() : p.forget()) : (known ? p.learn() : 1 - p.learn());
                }
                boolean correct = answers[t] == 1;
                probability *= known ? (correct ? 1 - p.slip() : p.slip()) : (correct ? p.guess() : 1 - p.guess());
            }
            total += probability;
        }
        double ll = new BaumWelch(data, FitOptions.DEFAULT.withForgets(true)).logLikelihood(p);
        assertEquals(Math.log(total), ll, 1e-12);
    }

    @Test
    void everyIterationRaisesTheLikelihood() {
        SkillSequences data = pureBktSkill(BktParameters.of(0.3, 0.15, 0.2, 0.1), 300, 7);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iterations = 1; iterations <= 30; iterations++) {
            FitOptions options = new FitOptions(1, iterations, 1e-15, 0.45, 0.45, false, 0, 0, 1, 1);
            double ll = new BaumWelch(data, options).run(BktParameters.of(0.6, 0.4, 0.4, 0.3)).logLikelihood();
            assertTrue(ll >= previous - 1e-9, "iteration " + iterations + " lowered the log-likelihood");
            previous = ll;
        }
    }

    @Test
    void guessAndSlipStayWithinTheirBounds() {
        // Answers at random, whatever the student knows: the unconstrained optimum has guess near 0.5.
        SplittableRandom random = new SplittableRandom(5);
        ResponseLog.Builder log = ResponseLog.builder();
        for (int s = 0; s < 200; s++) {
            for (int t = 0; t < 8; t++) log.add("u" + s, "coin", random.nextBoolean());
        }
        FitOptions options = FitOptions.DEFAULT.withThreads(1);
        SkillFit fit = new BktFitter(options, CLOCK).fit(log.build(), "test").skills().get("coin");
        BktParameters p = fit.params();
        assertTrue(p.guess() <= options.maxGuess() && p.slip() <= options.maxSlip(), p.toString());
        assertTrue(p.guess() + p.slip() < 1);
    }

    @Test
    void parametersAreRecoveredFromDataGeneratedWithThem() throws Exception {
        // Pure BKT data (no student or item heterogeneity), 8 skills, about 25,000 answers each.
        SyntheticLog.Options options = new SyntheticLog.Options(200_000, 8, 6_000, 11, 0, 0);
        StringWriter csv = new StringWriter();
        SyntheticLog.Summary summary = SyntheticLog.generate(options, csv, Writer.nullWriter());
        ResponseLog log = ResponseLogCsv.read("generated", new java.io.BufferedReader(
                new java.io.StringReader(csv.toString())), false).log();
        BktParameterSet fitted = new BktFitter(FitOptions.DEFAULT, CLOCK).fit(log, "generated");
        for (SkillFit truth : summary.truth().skills().values()) {
            BktParameters expected = truth.params();
            BktParameters actual = fitted.parametersFor(truth.skill());
            String where = truth.skill() + ": expected " + expected + ", fitted " + actual;
            assertEquals(expected.prior(), actual.prior(), 0.06, where);
            assertEquals(expected.learn(), actual.learn(), 0.04, where);
            assertEquals(expected.guess(), actual.guess(), 0.04, where);
            assertEquals(expected.slip(), actual.slip(), 0.03, where);
            assertEquals(0, actual.forget());
        }
    }

    @Test
    void forgettingIsRecoveredWhenFitted() {
        BktParameters truth = new BktParameters(0.3, 0.2, 0.2, 0.1, 0.08);
        SkillSequences data = pureBktSkill(truth, 3000, 13);
        ResponseLog.Builder log = ResponseLog.builder();
        for (int s = 0; s < data.sequences(); s++) {
            for (int at = data.starts()[s]; at < data.starts()[s + 1]; at++) {
                log.add("u" + s, "k", data.correct()[at] == 1);
            }
        }
        BktParameters fitted = new BktFitter(FitOptions.DEFAULT.withForgets(true), CLOCK).fit(log.build(), "t")
                .parametersFor("k");
        assertEquals(truth.forget(), fitted.forget(), 0.03, fitted.toString());
        assertEquals(truth.learn(), fitted.learn(), 0.04, fitted.toString());
    }

    @Test
    void aSkillWithTooLittleDataGetsThePublishedDefaultsAndSaysSo() {
        ResponseLog.Builder log = ResponseLog.builder();
        for (int s = 0; s < 3; s++) log.add("u" + s, "rare", s % 2 == 0);
        SkillFit fit = new BktFitter(FitOptions.DEFAULT, CLOCK).fit(log.build(), "t").skills().get("rare");
        assertTrue(fit.defaulted());
        assertEquals(BktParameters.DEFAULTS, fit.params());
        assertEquals(3, fit.observations());
    }

    @Test
    void theFitIsTheSameWithOneThreadOrTwo() {
        SkillSequences a = pureBktSkill(BktParameters.of(0.3, 0.15, 0.2, 0.1), 200, 1);
        SkillSequences b = pureBktSkill(BktParameters.of(0.6, 0.05, 0.3, 0.05), 200, 2);
        ResponseLog.Builder log = ResponseLog.builder();
        for (SkillSequences skill : new SkillSequences[] {a, b}) {
            for (int s = 0; s < skill.sequences(); s++) {
                for (int at = skill.starts()[s]; at < skill.starts()[s + 1]; at++) {
                    log.add("u" + s, skill.skill(), skill.correct()[at] == 1);
                }
            }
        }
        ResponseLog built = log.build();
        BktParameterSet one = new BktFitter(FitOptions.DEFAULT.withThreads(1), CLOCK).fit(built, "t");
        BktParameterSet two = new BktFitter(FitOptions.DEFAULT.withThreads(2), CLOCK).fit(built, "t");
        assertEquals(one.skills(), two.skills());
    }

    /** Sequences of 10 answers from exact BKT. */
    static SkillSequences pureBktSkill(BktParameters p, int students, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int length = 10;
        byte[] answers = new byte[students * length];
        int[] starts = new int[students + 1];
        for (int s = 0; s < students; s++) {
            starts[s] = s * length;
            boolean known = random.nextDouble() < p.prior();
            for (int t = 0; t < length; t++) {
                double chance = known ? 1 - p.slip() : p.guess();
                answers[s * length + t] = (byte) (random.nextDouble() < chance ? 1 : 0);
                known = known ? random.nextDouble() >= p.forget() : random.nextDouble() < p.learn();
            }
        }
        starts[students] = students * length;
        return new SkillSequences("skill-" + seed, answers, null, starts);
    }
}
