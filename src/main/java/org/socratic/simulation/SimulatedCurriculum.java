package org.socratic.simulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;
import org.socratic.learner.BktParameterSet;
import org.socratic.learner.BktParameters;
import org.socratic.learner.SkillFit;

/**
 * The hidden truth of a simulation: per skill, BKT parameters drawn from ranges typical of fitted ASSISTments
 * skills, and how knowledge is spread over a population of students. A student knows a skill at the start only if
 * they know all its prerequisites, and then with a chance that falls with the skill's grade; a student's general
 * ability correlates their skills. The tutor is given the true learn, guess and slip, and as prior the share of
 * the population that knows the skill (estimated from the same generator), so that any error comes from the
 * policies, not from fitting.
 */
final class SimulatedCurriculum {
    private static final int POPULATION_SAMPLE = 20_000;

    private final SkillGraph graph;
    private final List<Skill> skills;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] prerequisites;
    private final double[] baseRate;
    private final double[] learn;
    private final double[] guess;
    private final double[] slip;
    private final double abilityCorrelation;
    private final BktParameterSet tutorParameters;

    SimulatedCurriculum(SkillGraph graph, long seed, double abilityCorrelation) {
        this.graph = graph;
        this.skills = graph.skills();
        this.abilityCorrelation = abilityCorrelation;
        int n = skills.size();
        for (int i = 0; i < n; i++) index.put(skills.get(i).id(), i);
        prerequisites = new int[n][];
        baseRate = new double[n];
        learn = new double[n];
        guess = new double[n];
        slip = new double[n];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < n; i++) {
            Skill skill = skills.get(i);
            prerequisites[i] = skill.prerequisites().stream().mapToInt(index::get).toArray();
            double byGrade = 0.9 - 0.17 * Math.max(0, skill.grade() - 4);
            baseRate[i] = clamp(byGrade + random.nextDouble(-0.1, 0.1), 0.05, 0.95);
            learn[i] = random.nextDouble(0.08, 0.3);
            guess[i] = random.nextDouble(0.1, 0.3);
            slip[i] = random.nextDouble(0.05, 0.15);
        }
        double[] knownShare = new double[n];
        SplittableRandom population = new SplittableRandom(seed ^ 0xC0FFEEL);
        for (int s = 0; s < POPULATION_SAMPLE; s++) {
            boolean[] known = initialKnowledge(population);
            for (int i = 0; i < n; i++) if (known[i]) knownShare[i]++;
        }
        Map<String, SkillFit> fits = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double prior = clamp(knownShare[i] / POPULATION_SAMPLE, 0.01, 0.99);
            BktParameters p = BktParameters.of(prior, learn[i], guess[i], slip[i]);
            fits.put(skills.get(i).id(), new SkillFit(skills.get(i).id(), p, 0, 0, false, Double.NaN));
        }
        tutorParameters = new BktParameterSet(0, java.time.Instant.EPOCH, "simulation truth", 0, false, fits);
    }

    SkillGraph graph() { return graph; }

    List<Skill> skills() { return skills; }

    int size() { return skills.size(); }

    int indexOf(String skillId) { return index.get(skillId); }

    int[] prerequisites(int skill) { return prerequisites[skill]; }

    double learn(int skill) { return learn[skill]; }

    double guess(int skill) { return guess[skill]; }

    double slip(int skill) { return slip[skill]; }

    /** What the tutor is told: the true learn, guess and slip, and the population's share as prior. */
    BktParameterSet tutorParameters() { return tutorParameters; }

    /** A new student's hidden knowledge: prerequisites first, correlated through one ability. */
    boolean[] initialKnowledge(SplittableRandom random) {
        double ability = random.nextGaussian();
        double own = Math.sqrt(1 - abilityCorrelation * abilityCorrelation);
        boolean[] known = new boolean[skills.size()];
        for (int i = 0; i < known.length; i++) { // topological order: prerequisites are decided first
            boolean prerequisitesKnown = true;
            for (int p : prerequisites[i]) prerequisitesKnown &= known[p];
            double u = normalCdf(abilityCorrelation * ability + own * random.nextGaussian());
            known[i] = prerequisitesKnown && u < baseRate[i];
        }
        return known;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double normalCdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429)))) * Math.exp(-z * z);
        return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
