package org.socratic.learner;

/** A mastery state before and after one answer or override. */
public record MasteryChange(MasteryState before, MasteryState after) {
    /** True when the skill became mastered, as far as the rest of the system is concerned. */
    public boolean becameMastered() {
        return !before.effectivelyMastered() && after.effectivelyMastered();
    }

    /** True when a mastered skill stopped being so. */
    public boolean lostMastery() {
        return before.effectivelyMastered() && !after.effectivelyMastered();
    }
}
