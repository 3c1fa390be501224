package org.socratic.learner;

/**
 * Applies answers and overrides to mastery states: pure, it returns new values and never changes its inputs. The
 * answer's credibility tempers the evidence; the practice opportunity's learning applies in full.
 */
public final class MasteryTracker {
    private final MasteryPolicy policy;
    private final Credibility credibility;

    public MasteryTracker(MasteryPolicy policy, Credibility credibility) {
        this.policy = policy;
        this.credibility = credibility;
    }

    public MasteryPolicy policy() {
        return policy;
    }

    /** The state after one attempt; {@code lowStakes} selects the skill's threshold. */
    public MasteryChange answer(MasteryState before, BktParameters params, boolean lowStakes, Attempt attempt) {
        if (!before.skillId().equals(attempt.skillId())) {
            throw new IllegalArgumentException("attempt on " + attempt.skillId() + " applied to " + before.skillId());
        }
        Credibility.Weight weight = credibility.of(attempt);
        double pKnown = params.update(before.pKnown(), attempt.correct(), weight.value());
        MasteryEvidence evidence = before.evidence().with(new RecordedAnswer(attempt.itemId(), attempt.correct(),
                weight.value(), weight.reason(), attempt.at()));
        MasteryVerdict verdict = policy.judge(pKnown, evidence, lowStakes, before.mastered());
        return new MasteryChange(before, before.with(pKnown, evidence, verdict, attempt.at()));
    }

    /** The state with a teacher's override applied (it replaces an earlier override). */
    public MasteryChange override(MasteryState before, MasteryOverride override) {
        return new MasteryChange(before, before.withOverride(override));
    }
}
