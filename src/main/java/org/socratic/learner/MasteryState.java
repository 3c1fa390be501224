package org.socratic.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * What the learner model holds about one student and one skill: the probability that the skill is known now
 * (after the last answer and its learning opportunity), the model's own mastery judgement with its reason and
 * evidence, and a teacher's override if there is one.
 *
 * @param skillId    the skill
 * @param pKnown     probability that the skill is known now
 * @param evidence   the answers behind it
 * @param mastered   the model's judgement
 * @param reason     why the model judged so
 * @param masteredAt when the model last declared mastery, or null
 * @param override   a teacher's override, or null
 */
public record MasteryState(String skillId, double pKnown, MasteryEvidence evidence, boolean mastered, String reason,
        Instant masteredAt, MasteryOverride override) {
    public MasteryState {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reason, "reason");
        if (!(pKnown >= 0 && pKnown <= 1)) throw new IllegalArgumentException("pKnown must be in [0, 1]");
    }

    /** A skill not practised yet, starting from a prior (the skill's, or the placement diagnostic's). */
    public static MasteryState initial(String skillId, double prior) {
        return new MasteryState(skillId, prior, MasteryEvidence.NONE, false, "no answers yet", null, null);
    }

    /** Mastered as far as the rest of the system is concerned: the teacher's word, else the model's. */
    public boolean effectivelyMastered() {
        return override != null ? override.mastered() : mastered;
    }

    public boolean overridden() {
        return override != null;
    }

    MasteryState with(double newPKnown, MasteryEvidence newEvidence, MasteryVerdict verdict, Instant at) {
        Instant since = verdict.mastered() ? (mastered ? masteredAt : at) : null;
        return new MasteryState(skillId, newPKnown, newEvidence, verdict.mastered(), verdict.reason(), since,
                override);
    }

    MasteryState withOverride(MasteryOverride newOverride) {
        return new MasteryState(skillId, pKnown, evidence, mastered, reason, masteredAt, newOverride);
    }
}
