package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socratic.classroom.AccessDecision;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/** The pure rules of alert handling: who may act on an alert, what a note is, which statuses a filter takes. */
class AlertRulesTest {
    static final Viewer ADMIN = new Viewer(1, "admin", Role.ADMIN);
    static final Viewer TEACHER = new Viewer(2, "teacher", Role.TEACHER);

    @Test
    void teachers_it_concerns_and_admins_may_act_others_find_nothing_students_and_evaluators_are_refused() {
        assertInstanceOf(AccessDecision.Allowed.class, AlertAccess.toAlert(TEACHER, true, true));
        assertInstanceOf(AccessDecision.Hidden.class, AlertAccess.toAlert(TEACHER, true, false));
        assertInstanceOf(AccessDecision.Hidden.class, AlertAccess.toAlert(TEACHER, false, false));
        assertInstanceOf(AccessDecision.Allowed.class, AlertAccess.toAlert(ADMIN, true, false));
        assertInstanceOf(AccessDecision.Hidden.class, AlertAccess.toAlert(ADMIN, false, false));
        for (Role role : new Role[] {Role.STUDENT, Role.EVALUATOR}) {
            Viewer viewer = new Viewer(3, "someone", role);
            assertInstanceOf(AccessDecision.Denied.class, AlertAccess.toAlert(viewer, true, true), role.name());
            assertInstanceOf(AccessDecision.Denied.class, AlertAccess.toAlerts(viewer), role.name());
        }
    }

    @Test
    void a_note_is_trimmed_required_and_bounded() {
        assertEquals("Called home.", new AlertNote("  Called home.\n").text());
        assertEquals(AlertNote.MAX_LENGTH, new AlertNote("x".repeat(AlertNote.MAX_LENGTH)).text().length());
        for (String bad : new String[] {null, "", " \t\n"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> new AlertNote(bad));
            assertTrue(e.getMessage().startsWith("note is required"), e.getMessage());
        }
        var tooLong = assertThrows(IllegalArgumentException.class, () -> new AlertNote("x".repeat(AlertNote.MAX_LENGTH + 1)));
        assertEquals("note is at most 1000 characters (got 1001)", tooLong.getMessage());
    }

    @Test
    void the_status_filter_takes_the_three_stored_statuses_only() {
        assertEquals(AlertStatus.OPEN, AlertStatus.parse("open"));
        assertEquals(AlertStatus.ACKNOWLEDGED, AlertStatus.parse("acknowledged"));
        assertEquals(AlertStatus.RESOLVED, AlertStatus.parse("resolved"));
        var e = assertThrows(IllegalArgumentException.class, () -> AlertStatus.parse("Open"));
        assertEquals("status must be one of open, acknowledged, resolved (got \"Open\")", e.getMessage());
    }
}
