package org.socratic.curriculum;

import java.time.Instant;
import java.util.Objects;

/**
 * What next-skill selection needs to know about one skill for one student (the learner model provides it).
 *
 * @param skillId          the skill
 * @param pKnown           probability that the student knows it
 * @param predictedSuccess probability that the next answer on it is correct
 * @param mastered         mastered as far as the curriculum is concerned (a teacher's override counts)
 * @param lastPracticedAt  the last answer on it, or null if never practised
 */
public record SkillProgress(String skillId, double pKnown, double predictedSuccess, boolean mastered,
        Instant lastPracticedAt) {
    public SkillProgress {
        Objects.requireNonNull(skillId, "skillId");
        if (!(pKnown >= 0 && pKnown <= 1) || !(predictedSuccess >= 0 && predictedSuccess <= 1)) {
            throw new IllegalArgumentException("probabilities must be in [0, 1] for skill " + skillId);
        }
    }
}
