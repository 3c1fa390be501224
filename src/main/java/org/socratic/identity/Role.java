package org.socratic.identity;

import java.util.Locale;

/** What a person may do. Stored lower-case in {@code users.role}; used upper-case as a security role. */
public enum Role {
    STUDENT, TEACHER, EVALUATOR, ADMIN;

    public String dbValue() { return name().toLowerCase(Locale.ROOT); }

    public static Role fromDb(String value) { return valueOf(value.toUpperCase(Locale.ROOT)); }
}
