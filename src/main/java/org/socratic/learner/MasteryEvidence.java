package org.socratic.learner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a mastery state rests on: how many answers, how much they counted, the current run of credible correct
 * answers, the most recent answers themselves and when the skill was practised.
 *
 * @param answers         answers given on the skill
 * @param weightedAnswers answers counted by credibility (a fast guess counts 0.3)
 * @param correctStreak   trailing fully credible correct answers; an answer that counted for less neither
 *                        extends nor breaks it
 * @param recent          up to {@link #RECENT} latest answers, oldest first
 * @param lastAnsweredAt  when the latest answer was given, or null before the first
 */
public record MasteryEvidence(int answers, double weightedAnswers, int correctStreak, List<RecordedAnswer> recent,
        Instant lastAnsweredAt) {
    public static final int RECENT = 5;
    public static final MasteryEvidence NONE = new MasteryEvidence(0, 0, 0, List.of(), null);

    public MasteryEvidence {
        if (answers < 0 || weightedAnswers < 0 || correctStreak < 0) {
            throw new IllegalArgumentException("evidence counts must be >= 0");
        }
        recent = List.copyOf(recent);
    }

    /** Wrong fully credible answers at the end of the recent ones (less credible answers are passed over). */
    public int trailingCredibleWrong() {
        int wrong = 0;
        for (int i = recent.size() - 1; i >= 0; i--) {
            RecordedAnswer answer = recent.get(i);
            if (!answer.fullyCredible()) continue;
            if (answer.correct()) break;
            wrong++;
        }
        return wrong;
    }

    MasteryEvidence with(RecordedAnswer answer) {
        int streak = !answer.fullyCredible() ? correctStreak : answer.correct() ? correctStreak + 1 : 0;
        List<RecordedAnswer> latest = new ArrayList<>(recent);
        latest.add(answer);
        if (latest.size() > RECENT) latest.remove(0);
        return new MasteryEvidence(answers + 1, weightedAnswers + answer.weight(), streak, latest, answer.at());
    }
}
