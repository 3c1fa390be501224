package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.events.EventLog;
import org.socratic.events.StoredEvent;
import org.socratic.testing.TestDatabase;

/** Against the real PostgreSQL of SOCRATIC_TEST_DB_URL: events and mastery rows written together. */
@MicronautTest(transactional = false)
class LearnerModelTest {
    @Inject
    LearnerModel model;

    @Inject
    EventLog events;

    @Inject
    DataSource dataSource;

    private long student;
    private long teacher;
    private String skill;

    @BeforeEach
    void people() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        skill = "rp.test-" + suffix;
        try (Connection c = new TestDatabase(dataSource).connection()) {
            student = insertUser(c, "s" + suffix, "student");
            teacher = insertUser(c, "t" + suffix, "teacher");
            try (PreparedStatement ps = c.prepareStatement("insert into skills (id, subject, name, grade, description) "
                    + "values (?, 'math', 'Test skill', 6, 'A skill for the test.')")) {
                ps.setString(1, skill);
                ps.executeUpdate();
            }
        }
    }

    private static long insertUser(Connection c, String name, String role) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into users (username, display_name, role, password_hash) "
                + "values (?, ?, ?, 'x') returning id")) {
            ps.setString(1, name);
            ps.setString(2, name);
            ps.setString(3, role);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Attempt attempt(boolean correct, int n) {
        return new Attempt(skill, "item-" + n, correct, 12_000, 0, false, Instant.parse("2026-03-01T09:00:00Z")
                .plusSeconds(60L * n));
    }

    @Test
    void anAttemptIsAnEventAndTheMasteryRowFollowsItWithItsEvidence() {
        for (int n = 1; n <= 3; n++) model.recordAttempt(student, attempt(true, n), false, null, null);
        MasteryState state = model.state(student, skill);
        BktParameters p = BktParameters.DEFAULTS; // nothing fitted in this database
        assertEquals(p.update(p.update(p.update(p.prior(), true), true), true), state.pKnown(), 1e-12);
        assertEquals(3, state.evidence().answers());
        assertEquals(List.of("item-1", "item-2", "item-3"),
                state.evidence().recent().stream().map(RecordedAnswer::itemId).toList());
        List<StoredEvent> attempts = events.forStudent(student, 10);
        assertEquals(3, attempts.size());
        assertTrue(attempts.get(0).payloadJson().contains("\"responseTimeMs\": 12000")
                || attempts.get(0).payloadJson().contains("\"responseTimeMs\":12000"), attempts.get(0).payloadJson());
    }

    @Test
    void aRetriedAttemptWithTheSameKeyIsAppliedOnce() {
        model.recordAttempt(student, attempt(true, 1), false, UUID.randomUUID(), "attempt-" + student + "-1");
        MasteryChange retry = model.recordAttempt(student, attempt(true, 1), false, null, "attempt-" + student + "-1");
        assertEquals(retry.before(), retry.after());
        assertEquals(1, model.state(student, skill).evidence().answers());
        assertEquals(1, events.forStudent(student, 10).size());
    }

    @Test
    void aTeacherOverrideIsAnAuditedEventAndWinsOverTheModel() {
        model.recordAttempt(student, attempt(false, 1), false, null, null);
        MasteryChange change = model.override(student, skill, teacher, true, "solved three on paper in class");
        assertTrue(change.becameMastered());
        MasteryState stored = model.state(student, skill);
        assertTrue(stored.effectivelyMastered());
        assertFalse(stored.mastered(), "the model's own judgement is kept");
        assertEquals(teacher, stored.override().teacherId());
        StoredEvent event = events.forStudent(student, 10).getLast();
        assertEquals(MasteryOverride.EVENT_TYPE, event.type());
        assertEquals(teacher, event.actorId());
        assertTrue(event.payloadJson().contains("solved three on paper"), event.payloadJson());
    }
}
