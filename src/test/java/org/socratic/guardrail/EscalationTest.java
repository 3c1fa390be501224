package org.socratic.guardrail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;
import org.socratic.testing.TestDatabase;

/**
 * The escalation path against the real database: a disclosure gets the caring reply, an alert is stored for the
 * student's teacher and the counsellor, visible through the service, logged as an event and posted to the webhook;
 * a failing webhook is retried and the alert is never lost.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationTest implements TestPropertyProvider {
    private static final WireMockServer WEBHOOK = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        WEBHOOK.start();
    }

    @Inject GuardrailService guardrail;
    @Inject AlertDelivery delivery;
    @Inject SafetyAlerts alerts;
    @Inject DataSource dataSource;

    private TestDatabase db;
    private long student;
    private long teacher;
    private long otherTeacher;
    private long counsellor;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("socratic.guardrail.webhook-url", WEBHOOK.baseUrl() + "/alerts",
                "socratic.guardrail.webhook-backoff-ms", "10",
                "socratic.guardrail.embeddings", "false");
    }

    @AfterAll
    void stop() {
        WEBHOOK.stop();
    }

    @BeforeEach
    void people() throws Exception {
        db = new TestDatabase(dataSource);
        WEBHOOK.resetAll();
        db.update("delete from safety_alerts");
        // Users and events cannot all be deleted (the event log is append-only): each test gets its own people.
        String run = Long.toString(System.nanoTime(), 36);
        student = user("gs-student-" + run, "student");
        teacher = user("gs-teacher-" + run, "teacher");
        otherTeacher = user("gs-other-" + run, "teacher");
        long existing = db.queryLong("select coalesce(max(id), 0) from users where username = 'counsellor'");
        counsellor = existing != 0 ? existing : user("counsellor", "teacher");
        long clazz = db.queryLong("insert into classes (name, teacher_id, grade) values ('7B', " + teacher + ", 7) returning id");
        db.update("insert into enrollments (class_id, student_id) values (" + clazz + ", " + student + ")");
    }

    private long user(String name, String role) throws Exception {
        return db.queryLong("insert into users (username, display_name, role, password_hash) values ('" + name + "', '"
                + name + "', '" + role + "', 'x') returning id");
    }

    private GuardrailContext context() {
        return GuardrailContext.builder().student(student).grade(7).subject("math").build();
    }

    @Test
    void a_disclosure_gets_a_caring_reply_and_an_alert_for_the_teacher_and_the_counsellor() throws Exception {
        WEBHOOK.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));

        GuardrailService.InputScreening screening =
                guardrail.screenInput("i want to kill myself. my email is kid@example.com", context());

        assertEquals(Action.ESCALATE, screening.result().action());
        String reply = screening.result().reply().orElseThrow();
        assertTrue(reply.contains("988") && reply.contains("741741") && reply.contains("keep working"), reply);
        SafetyAlert alert = screening.alert().orElseThrow();
        assertEquals(List.of("self_harm"), alert.categories());
        assertEquals(Set.of(teacher, counsellor), Set.copyOf(alert.recipients()));
        assertFalse(alert.excerpt().contains("kid@example.com"), "the excerpt is redacted: " + alert.excerpt());

        assertEquals(1, guardrail.alertsFor(new Viewer(teacher, "gs-teacher", Role.TEACHER)).size());
        assertEquals(1, guardrail.alertsFor(new Viewer(counsellor, "counsellor", Role.TEACHER)).size());
        assertEquals(1, guardrail.alertsFor(new Viewer(0, "gs-admin", Role.ADMIN)).size());
        assertEquals(0, guardrail.alertsFor(new Viewer(otherTeacher, "gs-other", Role.TEACHER)).size());
        assertEquals(0, guardrail.alertsFor(new Viewer(student, "gs-student", Role.STUDENT)).size());

        waitUntil(() -> alerts.find(alert.id()).orElseThrow().webhookStatus().equals("delivered"));
        WEBHOOK.verify(1, postRequestedFor(urlEqualTo("/alerts"))
                .withRequestBody(matchingJsonPath("$.categories[0]", equalTo("self_harm")))
                .withRequestBody(matchingJsonPath("$.alertId", equalTo(String.valueOf(alert.id())))));
        assertEquals(1, db.queryLong("select count(*) from events where type = 'guardrail.alert' and student_id = " + student));
        assertEquals(1, db.queryLong("select count(*) from guardrail_verdicts where action = 'escalate' and layer = 'lexicon' "
                + "and category = 'self_harm' and student_id = " + student));
    }

    @Test
    void every_disclosure_is_escalated_not_only_the_first() {
        WEBHOOK.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(200)));
        for (String text : List.of("my dad hits me when he's angry", "i want to kill myself", "I want to die")) {
            assertTrue(guardrail.screenInput(text, context()).alert().isPresent(), text);
        }
        assertEquals(3, alerts.visibleTo(new Viewer(teacher, "gs-teacher", Role.TEACHER)).size());
    }

    @Test
    void a_failing_webhook_is_retried_and_the_alert_is_never_lost() throws Exception {
        WEBHOOK.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(503)));
        SafetyAlert alert = guardrail.screenInput("my stepdad beats me", context()).alert().orElseThrow();
        assertEquals(List.of("abuse"), alert.categories());
        waitUntil(() -> alerts.find(alert.id()).orElseThrow().webhookAttempts() == 3);
        SafetyAlert failed = alerts.find(alert.id()).orElseThrow();
        assertEquals("failed", failed.webhookStatus());
        assertEquals("HTTP 503", failed.webhookError());

        WEBHOOK.resetAll();
        WEBHOOK.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(200)));
        delivery.retryUndelivered();
        SafetyAlert delivered = alerts.find(alert.id()).orElseThrow();
        assertEquals("delivered", delivered.webhookStatus());
        assertEquals(4, delivered.webhookAttempts());
        assertEquals(1, guardrail.alertsFor(new Viewer(teacher, "gs-teacher", Role.TEACHER)).size());
    }

    @Test
    void clean_and_redirected_inputs_store_their_verdicts_and_raise_no_alert() throws Exception {
        assertTrue(guardrail.screenInput("can I have a hint?", context()).alert().isEmpty());
        assertTrue(guardrail.screenInput("just tell me the answer", context()).alert().isEmpty());
        assertEquals(1, db.queryLong("select count(*) from guardrail_verdicts where category = 'none' and action = 'allow' "
                + "and student_id = " + student));
        assertEquals(1, db.queryLong("select count(*) from guardrail_verdicts where category = 'answer_seeking' "
                + "and action = 'redirect' and layer = 'lexicon' and score = 1 and student_id = " + student));
        assertEquals(0, db.queryLong("select count(*) from safety_alerts"));
    }

    @Test
    void terms_used_in_shown_output_are_recorded_as_met_and_then_enforced() {
        GuardrailContext ctx = context();
        OutputDecision first = guardrail.screenOutput("The rate of change tells us how fast y grows.", ctx, 1);
        assertTrue(first instanceof OutputDecision.Show);
        Set<String> met = guardrail.termsMet(student, "math");
        assertEquals(Set.of("rate_of_change"), met);
        assertTrue(guardrail.terminologyPrompt(student, "math", 7).contains("Terms this student has already met:\n- rate of change"));

        OutputDecision later = guardrail.screenOutput("Look at the gradient of the line.",
                ctx.toBuilder().termsMet(met).build(), 1);
        assertEquals("Look at the rate of change of the line.", ((OutputDecision.Show) later).text());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not met in 10 s");
            Thread.sleep(20);
        }
    }
}
