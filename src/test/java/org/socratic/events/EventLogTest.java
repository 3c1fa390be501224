package org.socratic.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.socratic.testing.TestDatabase;

@MicronautTest(transactional = false)
class EventLogTest {
    @Inject EventLog log;
    @Inject EventErasure erasure;
    @Inject DataSource dataSource;

    @Test
    void an_appended_event_is_stored_with_its_payload() {
        StoredEvent event = log.append(NewEvent.of("message.received", 42L, 42L, "{\"text\":\"hello\"}"));
        assertFalse(event.replayed());
        assertEquals("message.received", event.type());
        assertTrue(event.payloadJson().contains("hello"));
        assertEquals(event.id(), log.forStudent(42L, 100).getLast().id());
    }

    @Test
    void the_same_idempotency_key_twice_stores_one_event() {
        String key = "attempt-" + UUID.randomUUID();
        StoredEvent first = log.append(new NewEvent("attempt", 7L, 7L, null, key, "{\"correct\":true}"));
        StoredEvent second = log.append(new NewEvent("attempt", 7L, 7L, null, key, "{\"correct\":false}"));
        assertEquals(first.id(), second.id());
        assertTrue(second.replayed());
        assertTrue(second.payloadJson().contains("true"), "the first event is kept unchanged");
    }

    @Test
    void the_database_refuses_update_delete_and_truncate_on_events() throws SQLException {
        TestDatabase db = new TestDatabase(dataSource);
        log.append(NewEvent.of("note", 1L, 1L, "{}"));
        assertRefused(() -> db.update("update events set type = 'forged'"));
        assertRefused(() -> db.update("delete from events"));
        assertRefused(() -> db.update("truncate events"));
        assertTrue(db.queryLong("select count(*) from events") > 0);
        assertEquals(0, db.queryLong("select count(*) from events where type = 'forged'"));
    }

    @Test
    void erasing_a_student_removes_only_their_events_and_leaves_an_audit_record() throws SQLException {
        TestDatabase db = new TestDatabase(dataSource);
        log.append(NewEvent.of("note", 501L, 501L, "{}"));
        log.append(NewEvent.of("note", 501L, 501L, "{}"));
        log.append(NewEvent.of("note", 502L, 502L, "{}"));
        assertEquals(2, erasure.eraseStudent(501L, "admin1", "parent asked for deletion"));
        assertEquals(0, db.queryLong("select count(*) from events where student_id = 501"));
        assertEquals(1, db.queryLong("select count(*) from events where student_id = 502"));
        assertEquals(2, db.queryLong("select rows_removed from event_erasures where student_id = 501"));
        assertEquals("parent asked for deletion", db.queryString("select reason from event_erasures where student_id = 501"));
        assertRefused(() -> db.update("delete from event_erasures"));
        assertRefused(() -> db.update("update event_erasures set reason = 'x'"));
    }

    @Test
    void retention_removes_events_older_than_the_cut_off() throws SQLException {
        TestDatabase db = new TestDatabase(dataSource);
        log.append(NewEvent.of("note", 601L, 601L, "{}"));
        long before = db.queryLong("select count(*) from events");
        long removed = erasure.purgeBefore(Instant.now().minusSeconds(3600), "retention job", "365-day retention");
        assertEquals(0, removed, "nothing is older than an hour in a fresh test database");
        assertEquals(before, db.queryLong("select count(*) from events"));
    }

    @Test
    void an_erasure_without_a_reason_is_refused() {
        assertThrows(EventLogException.class, () -> erasure.eraseStudent(1L, "admin1", " "));
    }

    private static void assertRefused(SqlAction action) {
        SQLException e = assertThrows(SQLException.class, action::run);
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
