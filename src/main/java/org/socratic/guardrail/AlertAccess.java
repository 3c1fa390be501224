package org.socratic.guardrail;

import org.socratic.classroom.AccessDecision;
import org.socratic.identity.Viewer;

/**
 * Who may see and act on one safety alert: the same people {@code GET /api/alerts} shows it to. Pure: the caller
 * supplies the facts. Students and evaluators are refused for their role (403), as for the list; a teacher who is
 * neither a recipient nor teaching the student finds no such alert (404), so ids cannot be probed.
 */
public final class AlertAccess {
    private AlertAccess() {}

    /** The list of alerts: teachers (theirs) and admins (all). */
    public static AccessDecision toAlerts(Viewer viewer) {
        return switch (viewer.role()) {
            case STUDENT, EVALUATOR -> AccessDecision.denied("only teachers and admins see safety alerts");
            case ADMIN, TEACHER -> AccessDecision.allowed("teachers and admins see the alerts that concern them");
        };
    }

    /**
     * @param exists whether the alert exists
     * @param teacherConcerned whether the viewer (a teacher) is one of its recipients or teaches its student
     */
    public static AccessDecision toAlert(Viewer viewer, boolean exists, boolean teacherConcerned) {
        return switch (viewer.role()) {
            case STUDENT, EVALUATOR -> AccessDecision.denied("only teachers and admins see safety alerts");
            case ADMIN -> exists ? AccessDecision.allowed("admin") : AccessDecision.hidden();
            case TEACHER -> exists && teacherConcerned
                    ? AccessDecision.allowed("a recipient of the alert or a teacher of its student")
                    : AccessDecision.hidden();
        };
    }
}
