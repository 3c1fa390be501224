package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.classroom.StudentErasure;
import org.socratic.demo.DemoDistrict;
import org.socratic.events.EventLog;
import org.socratic.events.StoredEvent;
import org.socratic.identity.Role;
import org.socratic.identity.Users;
import org.socratic.testing.JsonApi;
import org.socratic.testing.TestDatabase;

/**
 * Acknowledging and resolving safety alerts through the real HTTP API and database: who may act, idempotence, the
 * note, the status filter, the events, and the append-only history. In the demo district teacher1 teaches student1,
 * teacher2 does not; "counsellor" is the designated counsellor of guardrails/crisis.yml.
 */
@MicronautTest(transactional = false)
@Property(name = "socratic.guardrail.embeddings", value = "false")
class AlertHandlingApiTest {
    static final String PASSWORD = "demo-password";
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    @Inject EmbeddedServer server;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject GuardrailService guardrail;
    @Inject EventLog events;
    @Inject StudentErasure erasure;
    @Inject DataSource dataSource;
    JsonApi api;
    TestDatabase db;
    long student1;

    @BeforeEach
    void seed() {
        demo.seed(PASSWORD);
        users.createIfAbsent("counsellor", "School Counsellor", Role.TEACHER, null, PASSWORD);
        api = new JsonApi(server.getURL().toString());
        db = new TestDatabase(dataSource);
        student1 = users.findByUsername("student1").orElseThrow().id();
    }

    private long alertAbout(long student) {
        return guardrail.screenInput("nobody would care if i was gone",
                GuardrailContext.builder().student(student).grade(7).subject("math").build()).alert().orElseThrow().id();
    }

    private String login(String username) {
        return api.login(username, PASSWORD);
    }

    private static JsonApi.Reply ok(JsonApi.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    private long actions(long alert) throws SQLException {
        return db.queryLong("select count(*) from safety_alert_actions where alert_id = " + alert);
    }

    private Optional<StoredEvent> event(long alert, String step) {
        return events.findByIdempotencyKey("safety-alert-" + alert + "-" + step);
    }

    @Test
    void the_students_teacher_the_counsellor_and_admins_see_an_alert_no_one_else_does() {
        long alert = alertAbout(student1);
        for (String who : List.of("teacher1", "counsellor", "admin1")) {
            JsonNode seen = ok(api.get("/api/alerts/" + alert, login(who))).json();
            assertEquals(alert, seen.path("id").asLong(), who);
            assertEquals("open", seen.path("status").asText(), who);
            assertTrue(absent(seen.path("acknowledgedBy")) && seen.path("history").isEmpty(), seen::toString);
        }
        assertEquals(404, api.get("/api/alerts/" + alert, login("teacher2")).status());
        assertEquals(403, api.get("/api/alerts/" + alert, login("student1")).status());
        assertEquals(403, api.get("/api/alerts/" + alert, login("evaluator1")).status());
        assertEquals(404, api.get("/api/alerts/" + (alert + 100_000), login("admin1")).status());
        assertEquals(401, api.get("/api/alerts/" + alert, null).status());
    }

    @Test
    void a_second_acknowledgement_keeps_the_first_and_writes_nothing() throws Exception {
        long alert = alertAbout(student1);
        long counsellor = users.findByUsername("counsellor").orElseThrow().id();

        JsonNode first = ok(api.post("/api/alerts/" + alert + "/acknowledge", login("counsellor"), null)).json();
        JsonNode again = ok(api.post("/api/alerts/" + alert + "/acknowledge", login("teacher1"), null)).json();

        assertEquals("acknowledged", first.path("status").asText());
        assertEquals("counsellor", first.path("acknowledgedBy").asText());
        assertEquals("acknowledged", again.path("status").asText());
        assertEquals("counsellor", again.path("acknowledgedBy").asText());
        assertEquals(first.path("acknowledgedAt").asText(), again.path("acknowledgedAt").asText());
        assertEquals(1, again.path("history").size(), again::toString);
        assertEquals(1, actions(alert));
        StoredEvent acknowledged = event(alert, "acknowledge").orElseThrow();
        assertEquals("guardrail.alert.acknowledged", acknowledged.type());
        assertEquals(counsellor, acknowledged.actorId());
        assertEquals(student1, acknowledged.studentId());
        assertEquals(1, events.forStudent(student1, 10_000).stream()
                .filter(e -> e.type().equals("guardrail.alert.acknowledged") && alertIdOf(e) == alert).count());
    }

    @Test
    void resolving_needs_a_note_and_an_invalid_one_is_a_400_naming_the_field_that_writes_nothing() throws Exception {
        long alert = alertAbout(student1);
        String teacher = login("teacher1");
        List<Object> bodies = new ArrayList<>();
        bodies.add(null);
        bodies.add(Map.of());
        bodies.add(Map.of("note", "   "));
        bodies.add(Map.of("note", "x".repeat(AlertNote.MAX_LENGTH + 1)));
        for (Object body : bodies) {
            JsonApi.Reply reply = api.post("/api/alerts/" + alert + "/resolve", teacher, body);
            assertEquals(400, reply.status(), String.valueOf(body));
            assertTrue(reply.body().contains("note is "), reply.body());
        }
        assertEquals(0, actions(alert));
        assertEquals("open", db.queryString("select status from safety_alerts where id = " + alert));

        JsonNode resolved = ok(api.post("/api/alerts/" + alert + "/resolve", teacher,
                Map.of("note", "  Spoke with the student and called home; counsellor meeting booked.  "))).json();

        assertEquals("resolved", resolved.path("status").asText());
        assertEquals("teacher1", resolved.path("resolvedBy").asText());
        assertEquals("teacher1", resolved.path("acknowledgedBy").asText(), "resolving an open alert acknowledges it");
        assertEquals("Spoke with the student and called home; counsellor meeting booked.",
                resolved.path("resolutionNote").asText());
        assertEquals(List.of("acknowledge", "resolve"),
                resolved.path("history").findValuesAsText("action"));
        assertTrue(event(alert, "acknowledge").isPresent());
        assertEquals("guardrail.alert.resolved", event(alert, "resolve").orElseThrow().type());

        JsonApi.Reply twice = api.post("/api/alerts/" + alert + "/resolve", login("counsellor"), Map.of("note", "again"));
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().contains("resolved already, by teacher1"), twice.body());
        assertEquals(2, actions(alert));
        JsonNode still = ok(api.post("/api/alerts/" + alert + "/acknowledge", login("counsellor"), null)).json();
        assertEquals("resolved", still.path("status").asText());
        assertEquals("teacher1", still.path("acknowledgedBy").asText());
    }

    @Test
    void a_teacher_it_does_not_concern_cannot_act_and_students_and_evaluators_are_refused() throws Exception {
        long alert = alertAbout(student1);
        Map<String, String> note = Map.of("note", "I had a word.");
        String teacher2 = login("teacher2");
        assertEquals(404, api.post("/api/alerts/" + alert + "/acknowledge", teacher2, null).status());
        assertEquals(404, api.post("/api/alerts/" + alert + "/resolve", teacher2, note).status());
        for (String who : List.of("student1", "evaluator1")) {
            assertEquals(403, api.post("/api/alerts/" + alert + "/acknowledge", login(who), null).status(), who);
            assertEquals(403, api.post("/api/alerts/" + alert + "/resolve", login(who), note).status(), who);
        }
        assertEquals(401, api.post("/api/alerts/" + alert + "/acknowledge", null, null).status());
        assertEquals(0, actions(alert));
        assertFalse(event(alert, "acknowledge").isPresent());
        assertEquals("open", db.queryString("select status from safety_alerts where id = " + alert));
    }

    @Test
    void the_list_filters_by_status_and_shows_the_handling() {
        long open = alertAbout(student1);
        long acknowledged = alertAbout(student1);
        long resolved = alertAbout(student1);
        String teacher = login("teacher1");
        ok(api.post("/api/alerts/" + acknowledged + "/acknowledge", teacher, null));
        ok(api.post("/api/alerts/" + resolved + "/resolve", login("counsellor"), Map.of("note", "Met the family.")));

        Map<String, Long> expected = Map.of("open", open, "acknowledged", acknowledged, "resolved", resolved);
        expected.forEach((status, id) -> {
            JsonNode listed = ok(api.get("/api/alerts?status=" + status, teacher)).json();
            List<Long> ids = ids(listed);
            assertTrue(ids.contains(id), status + ": " + ids);
            expected.values().stream().filter(other -> !other.equals(id))
                    .forEach(other -> assertFalse(ids.contains(other), status + " lists " + other));
            listed.forEach(a -> assertEquals(status, a.path("status").asText()));
        });
        JsonNode all = ok(api.get("/api/alerts", teacher)).json();
        assertTrue(ids(all).containsAll(expected.values()));
        JsonNode shown = findById(all, resolved);
        assertEquals("counsellor", shown.path("resolvedBy").asText());
        assertFalse(shown.path("resolvedAt").asText().isEmpty());
        assertEquals("Met the family.", shown.path("history").get(1).path("note").asText());
        assertTrue(absent(findById(all, open).path("resolvedBy")));

        JsonApi.Reply bad = api.get("/api/alerts?status=closed", teacher);
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("status must be one of open, acknowledged, resolved"), bad.body());
        assertTrue(ids(ok(api.get("/api/alerts?status=open", login("teacher2"))).json()).stream()
                .noneMatch(expected.values()::contains));
        assertEquals(403, api.get("/api/alerts?status=open", login("student1")).status());
    }

    @Test
    void the_history_cannot_be_changed_and_goes_with_the_students_erasure() throws Exception {
        users.createIfAbsent("alertstudent", "Alert Student", Role.STUDENT, 7, PASSWORD);
        long student = users.findByUsername("alertstudent").orElseThrow().id();
        long alert = alertAbout(student);
        // no class: only the counsellor (and admins) are concerned
        assertEquals(404, api.post("/api/alerts/" + alert + "/acknowledge", login("teacher1"), null).status());
        ok(api.post("/api/alerts/" + alert + "/resolve", login("counsellor"), Map.of("note", "Referred to the nurse.")));

        assertThrows(SQLException.class, () -> db.update("update safety_alert_actions set note = 'nothing happened'"));
        assertThrows(SQLException.class, () -> db.update("delete from safety_alert_actions where alert_id = " + alert));
        assertThrows(SQLException.class, () -> db.update("truncate safety_alert_actions"));
        assertEquals(2, actions(alert));
        assertEquals("Referred to the nurse.",
                db.queryString("select note from safety_alert_actions where action = 'resolve' and alert_id = " + alert));

        erasure.erase("alertstudent", "test", "the student's erasure takes their alerts' handling with it");
        assertEquals(0, db.queryLong("select count(*) from safety_alerts where id = " + alert));
        assertEquals(0, actions(alert));
        assertFalse(event(alert, "resolve").isPresent());
    }

    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static long alertIdOf(StoredEvent e) {
        try {
            return JSON.readTree(e.payloadJson()).path("alertId").asLong();
        } catch (java.io.IOException ex) {
            throw new AssertionError(e.payloadJson(), ex);
        }
    }

    private static List<Long> ids(JsonNode alerts) {
        List<Long> ids = new ArrayList<>();
        alerts.forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }

    private static JsonNode findById(JsonNode alerts, long id) {
        for (JsonNode a : alerts) if (a.path("id").asLong() == id) return a;
        throw new AssertionError("alert " + id + " not listed");
    }
}
