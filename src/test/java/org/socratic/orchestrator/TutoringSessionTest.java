package org.socratic.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.content.ContentBank;
import org.socratic.content.Item;
import org.socratic.curriculum.SkillGraph;
import org.socratic.demo.DemoDistrict;
import org.socratic.testing.JsonApi;
import org.socratic.testing.ScriptedModels;
import org.socratic.testing.SseReader;
import org.socratic.testing.TestDatabase;

/** Whole tutoring sessions through the HTTP API, against the real PostgreSQL, with scripted models. */
@MicronautTest(transactional = false)
@Property(name = "scripted-models", value = "true")
class TutoringSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Inject EmbeddedServer server;
    @Inject DemoDistrict demo;
    @Inject ContentBank bank;
    @Inject SkillGraph graph;
    @Inject ScriptedModels models;
    @Inject DataSource dataSource;
    JsonApi api;

    @BeforeEach
    void setUp() {
        demo.seed("demo-password");
        api = new JsonApi(server.getURL().toString());
        models.script();
    }

    private JsonNode attempt(String token, String session, String itemId, String answer, String key) {
        ObjectNode body = JSON.createObjectNode().put("itemId", itemId).put("answer", answer)
                .put("responseTimeMs", 30_000).put("idempotencyKey", key);
        JsonApi.Reply reply = api.post("/api/sessions/" + session + "/attempts", token, body);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private String rightAnswer(String itemId) {
        return bank.item(itemId).answer().display();
    }

    @Test
    void a_new_student_is_placed_practises_masters_a_skill_and_moves_on_to_one_whose_prerequisites_are_met() {
        String token = api.login("student1", "demo-password");
        JsonNode session = api.post("/api/sessions", token, null).json();
        String id = session.path("id").asText();
        assertEquals("placement", session.path("state").asText(), session.toString());

        int placementItems = 0;
        while (session.path("state").asText().equals("placement")) {
            String item = session.path("item").path("id").asText();
            // Right on every other placement item: a mixed picture.
            String answer = placementItems % 2 == 0 ? rightAnswer(item) : "123456789";
            session = attempt(token, id, item, answer, "placement-" + placementItems).path("next");
            placementItems++;
            assertTrue(placementItems <= 8, "placement asks at most 8 items");
        }
        assertEquals("practice", session.path("state").asText(), session.toString());
        assertFalse(session.path("reason").asText().isBlank(), "every decision carries a reason");

        String firstSkill = session.path("skill").path("id").asText();
        JsonNode result = null;
        for (int i = 0; i < 15; i++) {
            String item = session.path("item").path("id").asText();
            result = attempt(token, id, item, rightAnswer(item), "practice-" + i);
            assertTrue(result.path("correct").asBoolean(), result.toString());
            session = result.path("next");
            if (result.path("mastery").path("mastered").asBoolean()) break;
        }
        assertTrue(result.path("mastery").path("mastered").asBoolean(), "mastered within 15 correct answers: " + result);
        assertEquals(firstSkill, result.path("mastery").path("skillId").asText());
        String nextSkill = session.path("skill").path("id").asText();
        assertNotEquals(firstSkill, nextSkill, "the session moves on from a mastered skill");

        long studentId = api.get("/api/auth/me", token).json().path("id").asLong();
        JsonNode mastery = api.get("/api/students/" + studentId + "/mastery", token).json();
        for (String prerequisite : graph.prerequisitesOf(nextSkill)) {
            boolean met = false;
            for (JsonNode row : mastery) {
                if (row.path("skillId").asText().equals(prerequisite)) met = row.path("mastered").asBoolean()
                        || row.path("pKnown").asDouble() >= 0.5;
            }
            assertTrue(met, "prerequisite " + prerequisite + " of " + nextSkill + " is met: " + mastery);
        }
    }

    @Test
    void the_same_idempotency_key_twice_changes_nothing_the_second_time() throws Exception {
        String token = api.login("student2", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        String item = api.get("/api/sessions/" + id, token).json().path("item").path("id").asText();
        TestDatabase db = new TestDatabase(dataSource);
        long before = db.queryLong("select count(*) from events where type = 'attempt'");

        JsonNode first = attempt(token, id, item, rightAnswer(item), "same-key");
        JsonNode second = attempt(token, id, item, rightAnswer(item), "same-key");

        assertFalse(first.path("replayed").asBoolean());
        assertTrue(second.path("replayed").asBoolean());
        assertEquals(first.path("next"), second.path("next"));
        assertEquals(before + 1, db.queryLong("select count(*) from events where type = 'attempt'"));
    }

    @Test
    void a_wrong_answer_is_diagnosed_and_the_hint_ladder_ends_in_the_worked_solution() {
        String token = api.login("student3", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        JsonNode session = api.get("/api/sessions/" + id, token).json();
        JsonNode unreadable = attempt(token, id, session.path("item").path("id").asText(), "unreadable ###", "w0");
        assertFalse(unreadable.hasNonNull("correct"), "an unreadable answer is not marked: " + unreadable);
        assertTrue(unreadable.path("feedback").asText().startsWith("I was expecting"), unreadable.toString());

        for (int i = 0; session.path("state").asText().equals("placement"); i++) {
            String item = session.path("item").path("id").asText();
            session = attempt(token, id, item, rightAnswer(item), "p" + i).path("next");
        }
        Item item = bank.item(session.path("item").path("id").asText());
        assertFalse(item.misconceptions().isEmpty(), "every family lists its misconceptions: " + item.id());
        var misconception = item.misconceptions().getFirst();
        JsonNode wrong = attempt(token, id, item.id(), misconception.wrongAnswer().display(), "w1");
        assertFalse(wrong.path("correct").asBoolean());
        assertTrue(wrong.path("feedback").asText().contains(misconception.description().substring(1)),
                "the feedback names the misconception: " + wrong);
        assertEquals(item.id(), wrong.path("next").path("item").path("id").asText(), "the student stays on the item");
        JsonNode hint = null;
        for (int rung = 1; rung <= item.hints().size(); rung++) {
            hint = api.post("/api/sessions/" + id + "/hints", token, null).json();
            assertEquals(rung, hint.path("rung").asInt());
        }
        assertTrue(hint.path("workedSolution").asBoolean());
        assertEquals(item.workedSolution(), hint.path("text").asText());

        JsonNode right = attempt(token, id, item.id(), rightAnswer(item.id()), "w2");
        assertTrue(right.path("correct").asBoolean());
        assertTrue(right.path("next").path("reason").asText().startsWith("Targeted practice"),
                "a misconception shown on the item brings practice aimed at it: " + right);
        assertEquals(item.skillId(), right.path("next").path("skill").path("id").asText());
    }

    @Test
    void a_message_streams_checked_tokens_then_done_and_everything_is_stored() throws Exception {
        String token = api.login("student1", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        models.script("What does the problem ask you to find? Try writing down the numbers first.");

        JsonApi.Reply reply = api.post("/api/sessions/" + id + "/messages", token,
                JSON.createObjectNode().put("text", "I don't get how to start"));
        assertEquals(200, reply.status(), reply.body());
        List<SseReader.Event> events = SseReader.parse(reply.body());
        assertEquals("What does the problem ask you to find? Try writing down the numbers first.", SseReader.text(events).strip());
        SseReader.Event done = events.getLast();
        assertEquals("done", done.name());
        JsonNode summary = JSON.readTree(done.data());
        assertTrue(summary.path("messageId").asLong() > 0);
        String traceId = summary.path("traceId").asText();
        assertEquals("allow", summary.path("guardrail").path("input").asText(), done.data());
        assertTrue(summary.path("guardrail").path("output").isArray(), "the output actions are reported: " + done.data());

        TestDatabase db = new TestDatabase(dataSource);
        assertEquals("I don't get how to start", db.queryString(
                "select payload->>'text' from events where id = " + summary.path("messageId").asLong()));
        assertEquals("answered", db.queryString("select outcome from agent_traces where id = '" + UUID.fromString(traceId) + "'"));
        assertTrue(db.queryLong("select count(*) from events where type = 'message.sent' and session_id = '" + id + "'") >= 1);
        String system = models.requests().getLast().messages().getFirst().toString();
        assertTrue(system.contains(bank.item(api.get("/api/sessions/" + id, token).json().path("item").path("id").asText()).prompt()),
                "the tutor's prompt carries the current problem");
    }

    @Test
    void a_tutor_sentence_that_gives_away_the_answer_never_reaches_the_student() throws Exception {
        String token = api.login("student1", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        String item = api.get("/api/sessions/" + id, token).json().path("item").path("id").asText();
        String answer = rightAnswer(item);
        models.script("Good thinking so far. The answer is " + answer + ". What would you check next?");

        JsonApi.Reply reply = api.post("/api/sessions/" + id + "/messages", token,
                JSON.createObjectNode().put("text", "is this right so far?"));
        List<SseReader.Event> events = SseReader.parse(reply.body());
        String shown = SseReader.text(events);
        assertFalse(shown.contains("The answer is " + answer), "the leaking sentence was shown: " + shown);
        assertTrue(shown.startsWith("Good thinking so far."), "sentences that pass are shown: " + shown);
        JsonNode done = JSON.readTree(events.getLast().data());
        assertTrue(done.path("guardrail").path("output").size() > 0, "the output action is reported: " + done);
    }

    @Test
    void when_the_tutor_model_fails_the_student_gets_the_authored_hint_marked_and_the_message_is_kept() throws Exception {
        String token = api.login("student2", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        models.script(ScriptedModels.FAIL);

        JsonApi.Reply reply = api.post("/api/sessions/" + id + "/messages", token,
                JSON.createObjectNode().put("text", "help please"));
        assertEquals(200, reply.status(), reply.body());
        List<SseReader.Event> events = SseReader.parse(reply.body());
        assertTrue(SseReader.text(events).startsWith("(A hint from the lesson materials"), SseReader.text(events));
        JsonNode done = JSON.readTree(events.getLast().data());
        assertEquals("authored-hint", done.path("source").asText(), done.toString());
        assertFalse(reply.body().contains("Exception"), "no stack trace reaches the student");
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals("help please", db.queryString(
                "select payload->>'text' from events where id = " + done.path("messageId").asLong()));
    }

    @Test
    void when_the_grading_model_is_down_an_explanation_is_stored_queued_for_the_teacher_and_the_student_told()
            throws Exception {
        String token = api.login("student3", "demo-password");
        String id = api.post("/api/sessions", token, null).json().path("id").asText();
        String promptId = server.getApplicationContext().getBean(org.socratic.grading.OpenResponseBank.class)
                .all().iterator().next().id();
        models.script(ScriptedModels.FAIL, ScriptedModels.FAIL, ScriptedModels.FAIL);

        JsonApi.Reply reply = api.post("/api/sessions/" + id + "/explanations", token, JSON.createObjectNode()
                .put("promptId", promptId).put("explanation", "Because dividing the cost by the number of items gives one item's cost.")
                .put("idempotencyKey", "explain-1"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("pending_review", reply.json().path("status").asText(), reply.body());
        assertTrue(reply.json().path("message").asText().contains("teacher"), reply.body());
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals("pending_review", db.queryString("select status from grades order by id desc limit 1"));
        assertEquals("Because dividing the cost by the number of items gives one item's cost.",
                db.queryString("select answer from grades order by id desc limit 1"));
    }

    @Test
    void another_students_session_looks_absent() {
        String owner = api.login("student1", "demo-password");
        String id = api.post("/api/sessions", owner, null).json().path("id").asText();
        String other = api.login("student4", "demo-password");
        assertEquals(404, api.get("/api/sessions/" + id, other).status());
        assertEquals(404, api.post("/api/sessions/" + id + "/hints", other, null).status());
        String teacher = api.login("teacher1", "demo-password");
        assertEquals(403, api.post("/api/sessions", teacher, null).status());
        assertEquals(401, api.get("/api/sessions/" + id, null).status());
    }
}
