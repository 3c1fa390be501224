package org.socratic.grading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socratic.agent.AgentTraces;
import org.socratic.demo.DemoDistrict;
import org.socratic.identity.Users;
import org.socratic.testing.TestDatabase;

/**
 * The configured grading model (agents/grading.yml: Ollama) against a stub that speaks Ollama's {@code /api/chat}:
 * the request carries the rubric's JSON schema in {@code format}, a reply in Ollama's format is graded, and a
 * failing server queues the answer for the teacher.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradingOllamaWireTest implements TestPropertyProvider {
    private static final WireMockServer OLLAMA = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String EXPLANATION = "Each ounce in the small box costs 30 cents because 3.60 divided by 12 "
            + "is 0.30. In the big box each ounce is 25 cents. So you pay less per ounce with the 20 ounce box even "
            + "though the price is higher.";

    static {
        OLLAMA.start();
    }

    @Inject GradingAgent agent;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject AgentTraces traces;
    @Inject DataSource dataSource;
    long student;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("socratic.llm.ollama.base-url", OLLAMA.baseUrl(), "socratic.guardrail.embeddings", "false");
    }

    @AfterAll
    void stop() {
        OLLAMA.stop();
    }

    @BeforeEach
    void seed() {
        OLLAMA.resetAll();
        demo.seed("demo-password");
        student = users.findByUsername("student2").orElseThrow().id();
    }

    private GradingResult grade() {
        return agent.grade(new OpenAnswer(student, null, "rp.unit-rate/better-buy", EXPLANATION, "20 oz", null));
    }

    @Test
    void the_request_carries_the_json_schema_in_format_and_the_reply_is_graded() {
        String reply = Replies.grade(4, 0.9,
                "finds-unit-prices", "3.60 divided by 12 is 0.30. In the big box each ounce is 25 cents",
                "compares-correctly", "you pay less per ounce with the 20 ounce box",
                "not-just-total", "even though the price is higher");
        OLLAMA.stubFor(post("/api/chat").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"model":"llama3.1:8b","created_at":"2026-11-22T10:00:00Z",
                 "message":{"role":"assistant","content":%s},
                 "done":true,"done_reason":"stop","prompt_eval_count":412,"eval_count":96}""".formatted(Replies.quoted(reply)))));

        GradingResult result = grade();

        assertEquals(GradeStatus.RECORDED, result.status(), result.reason());
        assertEquals(4.0, result.score());
        OLLAMA.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1:8b")))
                .withRequestBody(matchingJsonPath("$.format.type", equalTo("object")))
                .withRequestBody(matchingJsonPath("$.format.required", equalToJson(
                        "[\"score\",\"criteria_met\",\"misconception\",\"rationale\",\"confidence\"]")))
                .withRequestBody(matchingJsonPath("$.format.properties.score.type", equalTo("number")))
                .withRequestBody(matchingJsonPath("$.format.properties.criteria_met.items.properties.criterion.enum",
                        equalToJson("[\"finds-unit-prices\",\"compares-correctly\",\"not-just-total\"]")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("<explanation>"))));
        var trace = traces.find(result.traceId()).orElseThrow();
        assertEquals("ollama", trace.provider());
        assertEquals(412, trace.inputTokens());
        assertEquals(96, trace.outputTokens());
    }

    @Test
    void a_server_error_queues_the_answer_for_the_teacher_and_tells_the_student() throws Exception {
        OLLAMA.stubFor(post("/api/chat").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"model runner crashed\"}")));

        GradingResult result = grade();

        assertEquals(GradeStatus.PENDING_REVIEW, result.status());
        assertEquals("grading model unavailable", result.reason());
        assertTrue(result.studentMessage().contains("teacher will read it"), result.studentMessage());
        assertEquals(FinalAnswerCheck.Outcome.CORRECT, result.finalAnswer().outcome(), "the checker needs no model");
        assertEquals("fallback:failed", traces.find(result.traceId()).orElseThrow().outcome());
        TestDatabase db = new TestDatabase(dataSource);
        assertEquals(EXPLANATION, db.queryString("select answer from grades where id = " + result.gradeId()));
        assertEquals("grade.queued", db.queryString("select type from events where idempotency_key = 'grade-" + result.gradeId() + "'"));
        // agents/grading.yml allows one retry of a server error.
        assertEquals(2, OLLAMA.findAll(postRequestedFor(urlEqualTo("/api/chat"))).size());
    }
}
