package org.socratic.generation;

import java.util.Objects;
import org.socratic.curriculum.Skill;

/**
 * What an item is generated for: a skill, the misconception it should let the student notice, the student's grade,
 * and the variation seed the model is given (stored with the item, so a generation can be audited).
 */
record Target(Skill skill, String misconceptionId, String misconceptionDescription, int grade, long seed) {
    Target {
        Objects.requireNonNull(skill, "skill");
        if (misconceptionId == null || misconceptionId.isBlank()) throw new IllegalArgumentException("misconception id is required");
        misconceptionDescription = misconceptionDescription == null || misconceptionDescription.isBlank()
                ? misconceptionId : misconceptionDescription.strip();
        if (grade < 0 || grade > 12) throw new IllegalArgumentException("grade must be 0..12");
    }
}
