package org.socratic.orchestrator;

import java.util.Locale;

/** Where a tutoring session is. */
public enum SessionState {
    /** A new student answers the placement diagnostic's items. */
    PLACEMENT,
    /** Practice on the skill the curriculum picked. */
    PRACTICE,
    /** A retention check on a skill mastered at least 48 hours ago. */
    REVIEW,
    /** Every skill is mastered; nothing left to practise. */
    FINISHED;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
