package org.socratic.curriculum;

/**
 * Settings of the prerequisite audit.
 *
 * @param failureThreshold an edge A -> B is reported when students who mastered A fail more than this share of their
 *                         first attempts on B (0.4 by default)
 * @param firstAttempts    how many of a student's first attempts on B count (3)
 * @param minStudents      fewer students than this behind a figure and it is not reported (5)
 * @param masteryStreak    a skill counts as mastered after this many independent right answers in a row (3)
 * @param missingEdgeGap   a missing edge C -> B is suggested when students without C fail B this much more often
 *                         than students with C (0.25 = 25 percentage points)
 */
public record AuditOptions(double failureThreshold, int firstAttempts, int minStudents, int masteryStreak,
        double missingEdgeGap) {
    public static final AuditOptions DEFAULTS = new AuditOptions(0.4, 3, 5, 3, 0.25);

    public AuditOptions {
        if (failureThreshold <= 0 || failureThreshold >= 1) throw new IllegalArgumentException("threshold must be in (0, 1)");
        if (firstAttempts < 1) throw new IllegalArgumentException("first attempts must be at least 1");
        if (minStudents < 1) throw new IllegalArgumentException("min students must be at least 1");
        if (masteryStreak < 1) throw new IllegalArgumentException("mastery streak must be at least 1");
        if (missingEdgeGap <= 0 || missingEdgeGap >= 1) throw new IllegalArgumentException("gap must be in (0, 1)");
    }
}
