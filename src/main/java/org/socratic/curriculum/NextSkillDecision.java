package org.socratic.curriculum;

import java.util.Objects;

/** What to practise next, with one sentence a teacher can read saying why. */
public sealed interface NextSkillDecision {
    String reason();

    /** Practise a skill that is not mastered yet and whose prerequisites are. */
    record Practice(String skillId, String reason) implements NextSkillDecision {
        public Practice {
            Objects.requireNonNull(skillId, "skillId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A retention check on a skill mastered a while ago. */
    record Review(String skillId, String reason) implements NextSkillDecision {
        public Review {
            Objects.requireNonNull(skillId, "skillId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Nothing to practise: every skill is mastered and no review is due. */
    record Finished(String reason) implements NextSkillDecision {
        public Finished {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
