package org.socratic.curriculum;

import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One student's progress on every skill of the graph, at one moment.
 *
 * @param skills           progress per skill id; every skill of the graph must be present
 * @param itemsSinceReview items practised since the last review item (for interleaving)
 * @param now              the moment of the decision
 */
public record LearnerSnapshot(Map<String, SkillProgress> skills, int itemsSinceReview, Instant now) {
    public LearnerSnapshot {
        skills = Map.copyOf(skills);
        Objects.requireNonNull(now, "now");
        if (itemsSinceReview < 0) throw new IllegalArgumentException("items since review must be >= 0");
    }

    SkillProgress progress(String skillId) {
        SkillProgress progress = skills.get(skillId);
        if (progress == null) throw new NoSuchElementException("no progress given for skill '" + skillId + "'");
        return progress;
    }
}
