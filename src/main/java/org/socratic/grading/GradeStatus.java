package org.socratic.grading;

import java.util.Locale;

/** Where a grade stands: on the student's record, waiting for the teacher, or decided by the teacher. */
public enum GradeStatus {
    RECORDED, PENDING_REVIEW, REVIEWED;

    public String dbValue() { return name().toLowerCase(Locale.ROOT); }

    static GradeStatus fromDb(String value) { return valueOf(value.toUpperCase(Locale.ROOT)); }
}
