package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.demo.DemoDistrict;
import org.socratic.events.EventLog;
import org.socratic.events.StoredEvent;
import org.socratic.identity.Users;
import org.socratic.testing.ApiClient;
import org.socratic.testing.TestDatabase;

/** The review queue and reviews through the real HTTP API: who sees what, what a review writes, and its audit. */
@MicronautTest(transactional = false)
@Property(name = "socratic.guardrail.embeddings", value = "false")
class ReviewApiTest {
    static final ScriptedChatModel MODEL = new ScriptedChatModel();
    static final String ANSWER = "A quarter of 40 is 10, so 40 - 10 = 30.";

    @Inject @Client("/") HttpClient client;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject GradingAgent agent;
    @Inject EventLog events;
    @Inject DataSource dataSource;
    ApiClient api;
    BlockingHttpClient http;
    long student1;
    long student4;

    @MockBean(GradingModel.class)
    GradingModel scripted() {
        return () -> MODEL;
    }

    @BeforeEach
    void seed() {
        demo.seed("demo-password");
        http = client.toBlocking();
        api = new ApiClient(http);
        student1 = users.findByUsername("student1").orElseThrow().id();
        student4 = users.findByUsername("student4").orElseThrow().id();
        MODEL.reset();
    }

    /** A grade the model is unsure of: 3 of 4 at confidence 0.5, so it waits in the queue. */
    private GradingResult queued(long student) {
        MODEL.reply(Replies.grade(3, 0.5, "finds-discount", "A quarter of 40 is 10", "subtracts", "40 - 10 = 30"));
        GradingResult result = agent.grade(new OpenAnswer(student, null, "rp.percent/discount", ANSWER, null, null));
        assertEquals(GradeStatus.PENDING_REVIEW, result.status(), result.reason());
        return result;
    }

    private List<Map<String, Object>> queueOf(String token) {
        return http.retrieve(HttpRequest.GET("/api/review-queue").bearerAuth(token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static List<Long> ids(List<Map<String, Object>> queue) {
        return queue.stream().map(g -> ((Number) g.get("id")).longValue()).toList();
    }

    private HttpResponse<Map> post(long gradeId, String token, Map<String, Object> body, String key) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/grades/" + gradeId + "/review", body).bearerAuth(token);
        if (key != null) request.header("Idempotency-Key", key);
        return http.exchange(request, Map.class);
    }

    private HttpStatus statusOfPost(long gradeId, String token, Map<String, Object> body) {
        try {
            return post(gradeId, token, body, null).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    @Test
    void a_teacher_sees_the_pending_grades_of_their_own_students_only_with_what_they_need_to_review() {
        long mine = queued(student1).gradeId();
        long theirs = queued(student4).gradeId();

        List<Map<String, Object>> queue = queueOf(api.login("teacher1", "demo-password"));

        assertTrue(ids(queue).contains(mine));
        assertFalse(ids(queue).contains(theirs));
        Map<String, Object> entry = queue.stream().filter(g -> ((Number) g.get("id")).longValue() == mine).findFirst().orElseThrow();
        assertEquals(ANSWER, entry.get("answer"));
        assertEquals(3.0, ((Number) entry.get("score")).doubleValue());
        assertEquals(0.5, ((Number) entry.get("confidence")).doubleValue());
        assertTrue(((String) entry.get("statusReason")).startsWith("low confidence"));
        assertTrue(entry.get("traceId") != null && entry.get("rationale") != null && entry.get("similarity") != null);
        assertEquals("A quarter of 40 is 10", ((Map<?, ?>) ((List<?>) entry.get("criteriaMet")).getFirst()).get("evidence"));
        assertTrue(ids(queueOf(api.login("teacher2", "demo-password"))).contains(theirs));
        List<Long> all = ids(queueOf(api.login("admin1", "demo-password")));
        assertTrue(all.contains(mine) && all.contains(theirs), "an admin sees everyone's");
    }

    @Test
    void students_and_evaluators_are_refused_the_queue_and_reviews() {
        long grade = queued(student1).gradeId();
        for (String user : List.of("student1", "evaluator1")) {
            String token = api.login(user, "demo-password");
            assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/review-queue", token), user);
            assertEquals(HttpStatus.FORBIDDEN, statusOfPost(grade, token, Map.of("decision", "accept")), user);
        }
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/review-queue", null));
    }

    @Test
    void a_teacher_of_another_class_cannot_tell_the_grade_exists() {
        long grade = queued(student1).gradeId();
        String teacher2 = api.login("teacher2", "demo-password");
        assertEquals(HttpStatus.NOT_FOUND, statusOfPost(grade, teacher2, Map.of("decision", "override", "score", 1, "reason", "x")));
        assertEquals(HttpStatus.NOT_FOUND, statusOfPost(999_999_999L, teacher2, Map.of("decision", "accept")));
    }

    @Test
    void an_override_goes_on_the_record_leaves_the_queue_and_is_audited_with_the_trace_it_overrides() throws Exception {
        GradingResult graded = queued(student1);
        String token = api.login("teacher1", "demo-password");
        long teacher1 = users.findByUsername("teacher1").orElseThrow().id();

        HttpResponse<Map> response = post(graded.gradeId(), token,
                Map.of("decision", "override", "score", 2, "reason", "The check that the price is reasonable is missing."), null);

        assertEquals(HttpStatus.OK, response.getStatus());
        Map<?, ?> body = response.body();
        assertEquals(2.0, ((Number) body.get("finalScore")).doubleValue());
        assertEquals(graded.traceId().toString(), body.get("traceId"));
        assertEquals("reviewed", body.get("status"));
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals("reviewed", db.queryString("select status from grades where id = " + graded.gradeId()));
        assertEquals(2, db.queryLong("select final_score from grades where id = " + graded.gradeId()));
        assertEquals(3, db.queryLong("select score from grades where id = " + graded.gradeId()), "the model's proposal stays");
        assertEquals(graded.traceId().toString(), db.queryString("select trace_id::text from grade_reviews where grade_id = " + graded.gradeId()));
        assertEquals(teacher1, db.queryLong("select teacher_id from grade_reviews where grade_id = " + graded.gradeId()));
        StoredEvent audit = events.forStudent(student1, 10_000).stream().filter(e -> e.type().equals("grade.reviewed"))
                .filter(e -> e.payloadJson().contains("\"gradeId\": " + graded.gradeId() + ",")
                        || e.payloadJson().contains("\"gradeId\":" + graded.gradeId() + ","))
                .findFirst().orElseThrow();
        assertEquals(teacher1, audit.actorId());
        assertTrue(audit.payloadJson().contains(graded.traceId().toString()), audit.payloadJson());
        assertTrue(audit.payloadJson().contains("The check that the price is reasonable is missing."), audit.payloadJson());
        assertFalse(ids(queueOf(token)).contains(graded.gradeId()));
    }

    @Test
    void accept_puts_the_models_score_on_the_record() throws Exception {
        GradingResult graded = queued(student1);

        HttpResponse<Map> response = post(graded.gradeId(), api.login("admin1", "demo-password"), Map.of("decision", "accept"), null);

        assertEquals(3.0, ((Number) response.body().get("finalScore")).doubleValue());
        assertEquals(3, new TestDatabase(dataSource).queryLong("select final_score from grades where id = " + graded.gradeId()));
    }

    @Test
    void an_invalid_review_is_a_400_that_says_why_and_writes_nothing() throws Exception {
        long grade = queued(student1).gradeId();
        String token = api.login("teacher1", "demo-password");
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("decision", "override", "score", 2), "an override needs a reason",
                Map.of("decision", "override", "score", 7, "reason", "generous"), "between 0 and 4",
                Map.of("decision", "approve"), "\"accept\" or \"override\"");
        cases.forEach((body, message) -> {
            var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () -> post(grade, token, body, null));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
            assertTrue(e.getResponse().getBody(String.class).orElse("").contains(message.replace("\"", "\\\"")),
                    e.getResponse().getBody(String.class).orElse(""));
        });
        assertEquals(0, new TestDatabase(dataSource).queryLong("select count(*) from grade_reviews where grade_id = " + grade));
    }

    @Test
    void a_retried_review_with_the_same_key_is_answered_once() throws Exception {
        long grade = queued(student1).gradeId();
        String token = api.login("teacher1", "demo-password");
        Map<String, Object> body = Map.of("decision", "override", "score", 1, "reason", "Only the discount is right.");

        HttpResponse<Map> first = post(grade, token, body, "review-once-" + grade);
        HttpResponse<Map> again = post(grade, token, body, "review-once-" + grade);

        assertEquals(first.body().get("reviewId"), again.body().get("reviewId"));
        assertEquals(Boolean.TRUE, again.body().get("replayed"));
        assertEquals(1, new TestDatabase(dataSource).queryLong("select count(*) from grade_reviews where grade_id = " + grade));
    }
}
