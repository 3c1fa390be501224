package org.socratic.learner;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates response logs shaped like ASSISTments skill-builder data, from BKT with known parameters: skills of
 * very unequal popularity, students of unequal activity, and sequences that end after three correct answers in a row
 * (the skill-builder rule) or when the student gives up. With {@code heterogeneity > 0}, students differ in
 * ability (shifting their prior and learning rate) and items differ in difficulty (shifting guess and slip), which
 * BKT does not model: that is what makes real data noisier than a textbook HMM. With 0, the data is exactly BKT.
 */
final class SyntheticLog {
    private static final int STREAK_TO_FINISH = 3;
    private static final double KEEP_GOING = 0.93;
    private static final int MAX_LENGTH = 40;
    private static final int ITEMS_PER_SKILL = 12;

    /**
     * @param rows          answers to generate (train and test together)
     * @param skills        number of skills
     * @param students      number of students
     * @param seed          makes the log reproducible
     * @param testFraction  share of students whose answers go to the test output
     * @param heterogeneity spread (logit scale) of student ability and item difficulty; 0 for pure BKT
     */
    record Options(int rows, int skills, int students, long seed, double testFraction, double heterogeneity) {
        Options {
            if (rows < 1 || skills < 1 || students < 1) throw new IllegalArgumentException("rows, skills and "
                    + "students must be at least 1");
            if (!(testFraction >= 0 && testFraction < 1)) throw new IllegalArgumentException("test fraction must "
                    + "be in [0, 1)");
            if (!(heterogeneity >= 0)) throw new IllegalArgumentException("heterogeneity must be >= 0");
        }
    }

    /** Rows written to each output, and the parameters the data was generated from. */
    record Summary(int trainRows, int testRows, int sequences, BktParameterSet truth) {}

    private SyntheticLog() {}

    /** Writes CSV (order_id,user_id,skill_name,correct) to train and, for test students, to test (may be null). */
    static Summary generate(Options o, Writer train, Writer test) throws IOException {
        SplittableRandom random = new SplittableRandom(o.seed());
        BktParameters[] truth = new BktParameters[o.skills()];
        double[][] itemDifficulty = new double[o.skills()][ITEMS_PER_SKILL];
        for (int k = 0; k < o.skills(); k++) {
            truth[k] = BktParameters.of(random.nextDouble(0.1, 0.75), random.nextDouble(0.05, 0.35),
                    random.nextDouble(0.08, 0.32), random.nextDouble(0.04, 0.18));
            for (int i = 0; i < ITEMS_PER_SKILL; i++) itemDifficulty[k][i] = random.nextGaussian() * o.heterogeneity();
        }
        double[] skillPopularity = cumulative(zipfWeights(o.skills(), random));
        double[] studentActivity = new double[o.students()];
        double[] ability = new double[o.students()];
        boolean[] inTest = new boolean[o.students()];
        for (int s = 0; s < o.students(); s++) {
            studentActivity[s] = Math.exp(random.nextGaussian());
            ability[s] = random.nextGaussian() * o.heterogeneity();
            inTest[s] = test != null && random.nextDouble() < o.testFraction();
        }
        studentActivity = cumulative(studentActivity);

        String header = "order_id,user_id,skill_name,correct\n";
        train.write(header);
        if (test != null) test.write(header);
        String[] skillNames = new String[o.skills()];
        for (int k = 0; k < o.skills(); k++) skillNames[k] = "skill-" + pad(k);
        Set<Long> done = new HashSet<>();
        int written = 0;
        int trainRows = 0;
        int sequences = 0;
        int misses = 0;
        while (written < o.rows()) {
            int student = pick(studentActivity, random);
            int skill = pick(skillPopularity, random);
            if (!done.add((long) student * o.skills() + skill) && misses++ < 1000) continue;
            misses = 0;
            sequences++;
            Writer out = inTest[student] ? test : train;
            BktParameters p = forStudent(truth[skill], ability[student]);
            boolean known = random.nextDouble() < p.prior();
            int streak = 0;
            for (int t = 0; t < MAX_LENGTH && written < o.rows(); t++) {
                double shift = itemDifficulty[skill][random.nextInt(ITEMS_PER_SKILL)];
                double chance = known ? 1 - shifted(p.slip(), shift) : shifted(p.guess(), -shift);
                boolean correct = random.nextDouble() < chance;
                written++;
                if (!inTest[student]) trainRows++;
                out.write(written + ",u" + student + "," + skillNames[skill] + "," + (correct ? 1 : 0) + "\n");
                streak = correct ? streak + 1 : 0;
                if (streak == STREAK_TO_FINISH || random.nextDouble() > KEEP_GOING) break;
                if (!known) known = random.nextDouble() < p.learn();
            }
        }
        Map<String, SkillFit> skills = new LinkedHashMap<>();
        for (int k = 0; k < o.skills(); k++) {
            skills.put(skillNames[k], new SkillFit(skillNames[k], truth[k], 0, 0, false, Double.NaN));
        }
        BktParameterSet truthSet = new BktParameterSet(0, Instant.EPOCH, "generator truth (seed " + o.seed() + ")",
                o.rows(), false, skills);
        return new Summary(trainRows, written - trainRows, sequences, truthSet);
    }

    /** A student's own prior and learning rate: the skill's, shifted on the logit scale by ability. */
    private static BktParameters forStudent(BktParameters skill, double ability) {
        if (ability == 0) return skill;
        return BktParameters.of(shifted(skill.prior(), ability), shifted(skill.learn(), ability / 2),
                skill.guess(), skill.slip());
    }

    private static double shifted(double probability, double logitShift) {
        if (logitShift == 0) return probability;
        double logit = Math.log(probability / (1 - probability)) + logitShift;
        return 1 / (1 + Math.exp(-logit));
    }

    private static double[] zipfWeights(int n, SplittableRandom random) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) weights[i] = 1 / Math.pow(i + 1, 0.8);
        for (int i = n - 1; i > 0; i--) { // shuffle, so that popularity is not tied to the skill's number
            int j = random.nextInt(i + 1);
            double swap = weights[i];
            weights[i] = weights[j];
            weights[j] = swap;
        }
        return weights;
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = Arrays.copyOf(weights, weights.length);
        for (int i = 1; i < sums.length; i++) sums[i] += sums[i - 1];
        return sums;
    }

    private static int pick(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    static String pad(int skill) {
        return String.format("%03d", skill);
    }
}
