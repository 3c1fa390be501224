package org.socratic.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.socratic.demo.DemoDistrict;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.identity.Users;
import org.socratic.testing.TestDatabase;

@MicronautTest(transactional = false)
class StudentErasureTest {
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject EventLog events;
    @Inject StudentErasure erasure;
    @Inject DataSource dataSource;

    @Test
    void erasing_a_student_removes_their_events_account_and_enrollment_and_records_why() throws Exception {
        demo.seed("demo-password");
        long id = users.findByUsername("student2").orElseThrow().id();
        long other = users.findByUsername("student3").orElseThrow().id();
        events.append(NewEvent.of("message.received", id, id, "{}"));
        events.append(NewEvent.of("message.received", other, other, "{}"));

        StudentErasure.Result result = erasure.erase("student2", "admin1", "family moved away");

        TestDatabase db = new TestDatabase(dataSource);
        assertEquals(1, result.eventsRemoved());
        assertTrue(users.findByUsername("student2").isEmpty());
        assertEquals(0, db.queryLong("select count(*) from enrollments where student_id = " + id));
        assertEquals(0, db.queryLong("select count(*) from events where student_id = " + id));
        assertEquals(1, db.queryLong("select count(*) from events where student_id = " + other));
        assertEquals("family moved away", db.queryString("select reason from event_erasures where student_id = " + id));
    }

    @Test
    void only_students_can_be_erased_this_way() {
        demo.seed("demo-password");
        assertThrows(IllegalArgumentException.class, () -> erasure.erase("teacher1", "admin1", "test"));
    }
}
