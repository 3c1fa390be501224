package org.socratic.classroom;

import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/**
 * Who may read a student's personal data (profile, mastery, transcripts). Pure: the caller supplies the facts.
 * A student sees only themselves and a teacher only the students of their own classes; to both, anyone else
 * looks like no one ({@link AccessDecision.Hidden}, a 404), so ids cannot be probed. Evaluators see no student's
 * personal data at all (a 403: their role, not the student, is the reason). Admins see everyone.
 */
public final class StudentAccess {
    private StudentAccess() {}

    public static AccessDecision toStudent(Viewer viewer, long studentId, boolean studentExists, boolean teachesStudent) {
        return switch (viewer.role()) {
            case ADMIN -> studentExists ? AccessDecision.allowed("admin") : AccessDecision.hidden();
            case STUDENT -> viewer.userId() == studentId && studentExists
                    ? AccessDecision.allowed("own data") : AccessDecision.hidden();
            case TEACHER -> teachesStudent ? AccessDecision.allowed("student in the teacher's class")
                    : AccessDecision.hidden();
            case EVALUATOR -> AccessDecision.denied("evaluators see no student's personal data");
        };
    }

    /** Class rosters: the class's teacher and admins. */
    public static AccessDecision toClass(Viewer viewer, ClassRow clazz) {
        if (viewer.role() == Role.ADMIN) return AccessDecision.allowed("admin");
        if (viewer.role() == Role.TEACHER && clazz.teacherId() == viewer.userId()) {
            return AccessDecision.allowed("the teacher's own class");
        }
        return viewer.role() == Role.TEACHER ? AccessDecision.hidden() : AccessDecision.denied("only teachers see rosters");
    }
}
