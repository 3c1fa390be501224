package org.socratic.learner;

import java.util.Locale;

/**
 * When a skill counts as mastered: the posterior probability that it is known passes the threshold (a lower one is
 * allowed for low-stakes skills) AND the student has given at least {@code minAnswers} answers (counted by
 * credibility) AND the last {@code streak} credible answers were correct. Once mastered, a skill stays mastered
 * until its posterior falls below {@code threshold - keepMargin} or {@value #REVOKE_AFTER_WRONG} credible answers
 * in a row are wrong: one slip on a review does not undo mastery, a failed retention check does. (Without
 * forgetting, BKT's posterior alone barely moves once it is near 1, because every opportunity may teach the skill.)
 * The defaults were chosen with {@code ./socratic simulate} (see docs/learner.md).
 *
 * @param threshold          posterior needed for mastery
 * @param lowStakesThreshold posterior needed for a skill marked low-stakes
 * @param minAnswers         credibility-weighted answers needed
 * @param streak             trailing credible correct answers needed
 * @param keepMargin         how far below its threshold a mastered skill's posterior may fall before it is revoked
 */
public record MasteryPolicy(double threshold, double lowStakesThreshold, int minAnswers, int streak,
        double keepMargin) {
    /** Defaults chosen with the simulator: false mastery at most 5% with as few items as possible. */
    public static final MasteryPolicy DEFAULT = new MasteryPolicy(0.95, 0.85, 2, 2, 0.15);
    /** Credible wrong answers in a row that revoke mastery. */
    public static final int REVOKE_AFTER_WRONG = 2;

    public MasteryPolicy {
        if (!(threshold > 0.5 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0.5, 1)");
        if (!(lowStakesThreshold > 0.5 && lowStakesThreshold <= threshold)) {
            throw new IllegalArgumentException("low-stakes threshold must be in (0.5, threshold]");
        }
        if (minAnswers < 1) throw new IllegalArgumentException("min answers must be at least 1");
        if (streak < 0) throw new IllegalArgumentException("streak must be >= 0");
        if (!(keepMargin >= 0 && keepMargin < threshold - 0.5)) {
            throw new IllegalArgumentException("keep margin must be in [0, threshold - 0.5)");
        }
    }

    public MasteryPolicy withThreshold(double value, double lowStakesValue) {
        return new MasteryPolicy(value, lowStakesValue, minAnswers, streak, keepMargin);
    }

    public MasteryPolicy withMinAnswers(int value) {
        return new MasteryPolicy(threshold, lowStakesThreshold, value, streak, keepMargin);
    }

    public MasteryPolicy withStreak(int value) {
        return new MasteryPolicy(threshold, lowStakesThreshold, minAnswers, value, keepMargin);
    }

    public double thresholdFor(boolean lowStakes) {
        return lowStakes ? lowStakesThreshold : threshold;
    }

    /** Judges the model's own mastery of a skill (teacher overrides are applied on top, by the caller). */
    public MasteryVerdict judge(double pKnown, MasteryEvidence evidence, boolean lowStakes, boolean wasMastered) {
        double needed = thresholdFor(lowStakes);
        String posterior = String.format(Locale.ROOT, "posterior %.2f", pKnown);
        if (wasMastered) {
            double keep = needed - keepMargin;
            if (evidence.trailingCredibleWrong() >= REVOKE_AFTER_WRONG) {
                return MasteryVerdict.notMastered(String.format(Locale.ROOT, "mastery revoked: the last %d credible "
                        + "answers were wrong (%s)", evidence.trailingCredibleWrong(), posterior));
            }
            return pKnown >= keep
                    ? MasteryVerdict.mastered(String.format(Locale.ROOT, "still mastered: %s, at or above %.2f",
                            posterior, keep))
                    : MasteryVerdict.notMastered(String.format(Locale.ROOT, "mastery revoked: %s fell below %.2f",
                            posterior, keep));
        }
        if (pKnown < needed) {
            return MasteryVerdict.notMastered(String.format(Locale.ROOT, "not yet: %s is below %.2f", posterior,
                    needed));
        }
        if (evidence.weightedAnswers() + 1e-9 < minAnswers) {
            return MasteryVerdict.notMastered(String.format(Locale.ROOT, "not yet: %s, but only %.1f of %d answers "
                    + "(weighted by credibility)", posterior, evidence.weightedAnswers(), minAnswers));
        }
        if (evidence.correctStreak() < streak) {
            return MasteryVerdict.notMastered(String.format(Locale.ROOT, "not yet: %s, but %d of the last %d "
                    + "credible answers in a row are correct", posterior, evidence.correctStreak(), streak));
        }
        return MasteryVerdict.mastered(String.format(Locale.ROOT, "mastered: %s >= %.2f, %d answers, last %d "
                + "correct", posterior, needed, evidence.answers(), evidence.correctStreak()));
    }
}
