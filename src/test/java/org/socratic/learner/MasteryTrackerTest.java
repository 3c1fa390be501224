package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasteryTrackerTest {
    private static final BktParameters PARAMS = BktParameters.of(0.3, 0.2, 0.2, 0.1);
    private static final MasteryPolicy POLICY = new MasteryPolicy(0.95, 0.85, 3, 2, 0.15);
    private static final MasteryTracker TRACKER = new MasteryTracker(POLICY, Credibility.DEFAULT);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static Attempt answer(boolean correct, int n) {
        return new Attempt("frac.add", "item-" + n, correct, 20_000, 0, false, T0.plusSeconds(60L * n));
    }

    private static MasteryState run(MasteryState state, boolean lowStakes, Attempt... attempts) {
        for (Attempt attempt : attempts) state = TRACKER.answer(state, PARAMS, lowStakes, attempt).after();
        return state;
    }

    @Test
    void theStateFollowsTheBktUpdateAndKeepsItsEvidence() {
        MasteryState state = run(MasteryState.initial("frac.add", 0.3), false, answer(true, 1), answer(false, 2));
        double expected = PARAMS.update(PARAMS.update(0.3, true), false);
        assertEquals(expected, state.pKnown(), 1e-12);
        assertEquals(2, state.evidence().answers());
        assertEquals(0, state.evidence().correctStreak());
        assertEquals(List.of("item-1", "item-2"), state.evidence().recent().stream().map(RecordedAnswer::itemId).toList());
        assertEquals(T0.plusSeconds(120), state.evidence().lastAnsweredAt());
    }

    @Test
    void masteryNeedsThePosteriorTheAnswerCountAndTheStreak() {
        // Three correct answers from a high prior: posterior passes 0.95 at once, but only the third answer
        // completes the minimum count.
        MasteryState state = MasteryState.initial("frac.add", 0.9);
        state = run(state, false, answer(true, 1));
        assertTrue(state.pKnown() >= 0.95);
        assertFalse(state.mastered(), state.reason());
        assertTrue(state.reason().contains("only 1.0 of 3 answers"), state.reason());
        state = run(state, false, answer(true, 2), answer(true, 3));
        assertTrue(state.mastered(), state.reason());
        assertEquals(T0.plusSeconds(180), state.masteredAt());
    }

    @Test
    void aWrongLastAnswerBlocksMasteryEvenWithAHighPosterior() {
        MasteryPolicy lenientPosterior = new MasteryPolicy(0.6, 0.6, 3, 2, 0);
        MasteryTracker tracker = new MasteryTracker(lenientPosterior, Credibility.DEFAULT);
        MasteryState state = MasteryState.initial("frac.add", 0.99);
        for (Attempt a : List.of(answer(true, 1), answer(true, 2), answer(false, 3))) {
            state = tracker.answer(state, PARAMS, false, a).after();
        }
        assertTrue(state.pKnown() >= 0.6);
        assertFalse(state.mastered(), state.reason());
        assertTrue(state.reason().contains("0 of the last 2"), state.reason());
    }

    @Test
    void aLowStakesSkillUsesItsLowerThreshold() {
        MasteryTracker tracker = new MasteryTracker(POLICY.withMinAnswers(2), Credibility.DEFAULT);
        MasteryState regular = MasteryState.initial("frac.add", 0.3);
        MasteryState lowStakes = regular;
        for (Attempt a : List.of(answer(true, 1), answer(true, 2))) {
            regular = tracker.answer(regular, PARAMS, false, a).after();
            lowStakes = tracker.answer(lowStakes, PARAMS, true, a).after();
        }
        // 0.3 -> 0.27/0.41 = 0.6585 -> 0.7268 -> 0.6541/0.7088 = 0.9229 -> 0.9383: between the two thresholds
        assertEquals(0.9383, regular.pKnown(), 1e-4);
        assertFalse(regular.mastered(), regular.reason());
        assertTrue(lowStakes.mastered(), lowStakes.reason());
    }

    @Test
    void oneSlipKeepsMasteryButAFailedRetentionCheckRevokesIt() {
        MasteryState state = run(MasteryState.initial("frac.add", 0.9), false,
                answer(true, 1), answer(true, 2), answer(true, 3), answer(true, 4));
        assertTrue(state.mastered());
        state = run(state, false, answer(false, 5));
        assertTrue(state.mastered(), state.reason());
        state = run(state, false, answer(false, 6));
        assertTrue(state.pKnown() > 0.99, "the posterior alone would keep it: " + state.pKnown());
        assertFalse(state.mastered(), state.reason());
        assertTrue(state.reason().startsWith("mastery revoked: the last 2"), state.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a considered answer counts fully                  | 20000 | 0    | false | 1.0
        an answer faster than the default minimum         | 900   | 0    | false | 0.3
        an answer faster than the item's own minimum      | 4000  | 5000 | false | 0.3
        an answer after the worked solution               | 20000 | 0    | true  | 0.2
        fast and after the solution: the least credible   | 500   | 0    | true  | 0.2
        an unknown response time is not held against one  | -1    | 0    | false | 1.0
        """)
    void credibilityWeights(String name, long millis, long minimum, boolean afterSolution, double expected) {
        Attempt attempt = new Attempt("s", "i", true, millis, minimum, afterSolution, T0);
        assertEquals(expected, Credibility.DEFAULT.of(attempt).value(), 1e-12, name);
    }

    @Test
    void aLessCredibleAnswerMovesThePosteriorLessAndDoesNotExtendTheStreak() {
        MasteryState start = MasteryState.initial("frac.add", 0.3);
        Attempt fast = new Attempt("frac.add", "i", true, 300, 0, false, T0);
        MasteryState afterFast = TRACKER.answer(start, PARAMS, false, fast).after();
        MasteryState afterConsidered = TRACKER.answer(start, PARAMS, false, answer(true, 1)).after();
        assertEquals(PARAMS.update(0.3, true, 0.3), afterFast.pKnown(), 1e-12);
        assertTrue(afterFast.pKnown() < afterConsidered.pKnown());
        assertEquals(0, afterFast.evidence().correctStreak());
        assertEquals(0.3, afterFast.evidence().weightedAnswers(), 1e-12);
        assertTrue(afterFast.evidence().recent().get(0).note().contains("300 ms"));
    }

    @Test
    void aFastGuessDoesNotBreakAStreakEither() {
        MasteryState state = run(MasteryState.initial("frac.add", 0.3), false, answer(true, 1));
        state = TRACKER.answer(state, PARAMS, false, new Attempt("frac.add", "i", false, 200, 0, false, T0)).after();
        assertEquals(1, state.evidence().correctStreak());
    }

    @Test
    void aTeacherOverrideDecidesWhileTheModelKeepsItsOwnJudgement() {
        MasteryState state = run(MasteryState.initial("frac.add", 0.3), false, answer(false, 1));
        MasteryOverride override = new MasteryOverride(true, 7, "showed it on paper in class", T0.plusSeconds(999));
        MasteryChange change = TRACKER.override(state, override);
        assertTrue(change.becameMastered());
        assertTrue(change.after().effectivelyMastered());
        assertFalse(change.after().mastered());
        MasteryState later = run(change.after(), false, answer(false, 2));
        assertTrue(later.effectivelyMastered(), "the override stands until a teacher changes it");
        assertEquals(2, later.evidence().answers());
        assertEquals(java.util.Map.of("skillId", "frac.add", "mastered", true, "reason", "showed it on paper in class"),
                override.eventPayload("frac.add"));
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new MasteryOverride(true, 7, " ", T0));
    }

    @Test
    void anAttemptOnAnotherSkillIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TRACKER.answer(MasteryState.initial("other", 0.3),
                PARAMS, false, answer(true, 1)));
    }
}
