package org.socratic.learner;

import java.util.Objects;

/** The mastery policy's judgement of one skill, with the reason a teacher can read. */
public record MasteryVerdict(boolean mastered, String reason) {
    public MasteryVerdict {
        Objects.requireNonNull(reason, "reason");
    }

    static MasteryVerdict mastered(String reason) {
        return new MasteryVerdict(true, reason);
    }

    static MasteryVerdict notMastered(String reason) {
        return new MasteryVerdict(false, reason);
    }
}
