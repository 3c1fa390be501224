package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.agent.AgentTrace;
import org.socratic.agent.AgentTraces;
import org.socratic.demo.DemoDistrict;
import org.socratic.events.EventLog;
import org.socratic.events.StoredEvent;
import org.socratic.identity.Users;
import org.socratic.testing.TestDatabase;

/** The grading agent against the real database, with a scripted model in place of the configured one. */
@MicronautTest(transactional = false)
@Property(name = "socratic.guardrail.embeddings", value = "false")
class GradingAgentTest {
    static final ScriptedChatModel MODEL = new ScriptedChatModel();
    static final String PROMPT = "rp.percent/discount";
    static final String GOOD = "25% is one quarter, and a quarter of $40 is $10. Take the $10 off and the jacket costs "
            + "$40 - $10 = $30. That makes sense because you pay three quarters of the price.";

    @Inject GradingAgent agent;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject EventLog events;
    @Inject AgentTraces traces;
    @Inject DataSource dataSource;
    @Inject GradingThresholds thresholds;
    long student;

    @MockBean(GradingModel.class)
    GradingModel scripted() {
        return () -> MODEL;
    }

    @BeforeEach
    void seed() {
        demo.seed("demo-password");
        student = users.findByUsername("student1").orElseThrow().id();
        MODEL.reset();
    }

    private GradingResult grade(String explanation, String finalAnswer) {
        return agent.grade(new OpenAnswer(student, null, PROMPT, explanation, finalAnswer, null));
    }

    private static String fullMarks(double confidence) {
        return Replies.grade(4, confidence, "finds-discount", "a quarter of $40 is $10", "subtracts",
                "$40 - $10 = $30", "reasonable", "you pay three quarters of the price");
    }

    @Test
    void a_confident_grade_that_the_references_support_goes_on_the_record_with_its_trace_and_event() throws Exception {
        MODEL.reply(fullMarks(0.9));

        GradingResult result = grade(GOOD, "$30");

        assertEquals(GradeStatus.RECORDED, result.status(), result.reason());
        assertEquals(4.0, result.score());
        assertEquals("Your explanation earned 4 of 4 points.", result.studentMessage());
        assertEquals(FinalAnswerCheck.Outcome.CORRECT, result.finalAnswer().outcome());
        AgentTrace trace = traces.find(result.traceId()).orElseThrow();
        assertEquals("grading", trace.agent());
        assertEquals("answered", trace.outcome());
        assertEquals("v2", trace.promptVersion());
        assertEquals(120, trace.inputTokens());
        StoredEvent event = events.findByIdempotencyKey("grade-" + result.gradeId()).orElseThrow();
        assertEquals("grade.proposed", event.type());
        assertEquals(student, event.studentId());
        assertTrue(event.payloadJson().contains(result.traceId().toString()), event.payloadJson());
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals("recorded", db.queryString("select status from grades where id = " + result.gradeId()));
        assertEquals(4, db.queryLong("select final_score from grades where id = " + result.gradeId()));
        String detail = db.queryString("select detail::text from grades where id = " + result.gradeId());
        assertTrue(detail.contains("\"criteriaMet\"") && detail.contains("a quarter of $40 is $10"), detail);
    }

    @Test
    void the_request_carries_the_rubric_the_schema_and_the_checkers_verdict_with_the_answer_as_data() {
        MODEL.reply(fullMarks(0.9));

        grade(GOOD, "$15");

        ChatRequest request = MODEL.requests().getFirst();
        String system = ((SystemMessage) request.messages().get(0)).text();
        String user = ((UserMessage) request.messages().get(1)).singleText();
        assertTrue(system.contains("- finds-discount (2 points):"), system);
        assertTrue(system.contains("Correct final answer (already checked by the answer checker; do not grade the final answer itself): $30"), system);
        assertFalse(system.contains(GOOD), "the student's words are not in the system prompt");
        assertTrue(user.contains("\"$15\"; the answer checker found it incorrect"), user);
        assertTrue(user.contains("<explanation>\n" + GOOD + "\n</explanation>"), user);
        assertEquals(ResponseFormatType.JSON, request.responseFormat().type());
        JsonObjectSchema root = (JsonObjectSchema) request.responseFormat().jsonSchema().rootElement();
        assertTrue(root.required().containsAll(java.util.List.of("score", "criteria_met", "rationale", "confidence")));
        JsonObjectSchema item = (JsonObjectSchema) ((JsonArraySchema) root.properties().get("criteria_met")).items();
        assertEquals(java.util.List.of("finds-discount", "subtracts", "reasonable"),
                ((JsonEnumSchema) item.properties().get("criterion")).enumValues());
    }

    @Test
    void the_shipped_configuration_is_the_calibrated_one_the_calibrate_command_marks() {
        assertEquals(GradingThresholds.defaults(), thresholds);
    }

    @Test
    void low_confidence_goes_to_the_teacher_not_the_record() throws Exception {
        MODEL.reply(fullMarks(0.4));

        GradingResult result = grade(GOOD, null);

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertTrue(result.reason().startsWith("low confidence"), result.reason());
        assertNull(result.score(), "a queued grade is not on the record");
        assertEquals(GradingResult.QUEUED_MESSAGE, result.studentMessage());
        assertEquals("grade.queued", events.findByIdempotencyKey("grade-" + result.gradeId()).orElseThrow().type());
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals(0, db.queryLong("select count(*) from grades where final_score is not null and id = " + result.gradeId()));
        assertEquals(4, db.queryLong("select score from grades where id = " + result.gradeId()), "the proposal is kept for the teacher");
    }

    @Test
    void a_high_score_for_an_answer_unlike_every_reference_is_a_disagreement() {
        String offTopic = "My favourite jacket is blue and it keeps me warm in winter when I walk to school.";
        MODEL.reply(Replies.grade(4, 0.95, "finds-discount", "it keeps me warm in winter", "subtracts",
                "My favourite jacket is blue", "reasonable", "when I walk to school"));

        GradingResult result = grade(offTopic, null);

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertTrue(result.reason().startsWith("disagreement: the model gave 4/4"), result.reason());
    }

    @Test
    void evidence_the_answer_does_not_contain_is_refused_and_the_raw_output_kept_for_the_teacher() throws Exception {
        MODEL.reply(Replies.grade(4, 0.95, "finds-discount", "a quarter of $40 is $10", "subtracts",
                "$40 - $10 = $30", "reasonable", "I checked by adding $10 back to get $40"));

        GradingResult result = grade(GOOD, null);

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertTrue(result.reason().contains("the evidence for 'reasonable' is not in the student's answer"), result.reason());
        assertEquals("invalid-output", traces.find(result.traceId()).orElseThrow().outcome());
        String detail = new TestDatabase(dataSource).queryString("select detail::text from grades where id = " + result.gradeId());
        assertTrue(detail.contains("\"modelOutput\"") && detail.contains("adding $10 back"), detail);
    }

    @Test
    void output_that_is_not_json_is_queued_never_a_crash() {
        MODEL.reply("Great work! I would give this a 4 out of 4.");

        GradingResult result = grade(GOOD, null);

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertTrue(result.reason().contains("not JSON"), result.reason());
    }

    @Test
    void when_the_model_fails_the_answer_is_stored_and_queued_and_the_student_is_told() throws Exception {
        MODEL.fail(new IllegalStateException("connection refused"));
        String explanation = "A quarter of 40 is 10 so it costs 30.";

        GradingResult result = grade(explanation, "30");

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertEquals("grading model unavailable", result.reason());
        assertEquals(GradingResult.UNAVAILABLE_MESSAGE, result.studentMessage());
        assertTrue(result.studentMessage().contains("your teacher will read it"));
        assertTrue(traces.find(result.traceId()).orElseThrow().outcome().startsWith("fallback:"));
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals(explanation, db.queryString("select answer from grades where id = " + result.gradeId()));
        assertEquals("pending_review", db.queryString("select status from grades where id = " + result.gradeId()));
    }

    @Test
    void a_retried_submission_returns_the_first_grade_without_asking_the_model_again() {
        MODEL.reply(fullMarks(0.9));
        String key = "submission-" + UUID.randomUUID();
        OpenAnswer answer = new OpenAnswer(student, null, PROMPT, GOOD, null, key);

        GradingResult first = agent.grade(answer);
        GradingResult again = agent.grade(answer);

        assertEquals(first.gradeId(), again.gradeId());
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.studentMessage(), again.studentMessage());
        assertEquals(1, MODEL.requests().size());
        assertNotNull(again.traceId());
    }
}
