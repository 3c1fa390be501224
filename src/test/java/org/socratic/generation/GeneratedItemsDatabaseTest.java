package org.socratic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socratic.content.Item;
import org.socratic.content.Misconception;
import org.socratic.demo.DemoDistrict;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelSpec;
import org.socratic.llm.ProviderEndpoints;
import org.socratic.testing.ApiClient;
import org.socratic.testing.TestDatabase;

/**
 * Generation against the real PostgreSQL with a scripted model: kept and rejected items are stored with their trace
 * and event, a kept item is served again by its id, the counts add up, and evaluators and admins (only) read them
 * over HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedItemsDatabaseTest implements TestPropertyProvider {
    private static final Misconception ADDS = new Misconception("adds-quantities", "adds the two quantities instead of dividing", null);
    private final ScriptedChatModel model = new ScriptedChatModel();

    @Inject TargetedPractice practice;
    @Inject DataSource dataSource;
    @Inject DemoDistrict demo;
    @Inject @Client("/") HttpClient client;
    private TestDatabase db;
    private long student;
    private UUID session;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("socratic.guardrail.embeddings", "false");
    }

    @MockBean(ChatModels.class)
    ChatModels scriptedModels() {
        return new ChatModels(new ProviderEndpoints("http://127.0.0.1:9", "http://127.0.0.1:9", "")) {
            @Override
            public ChatModel chatModel(ModelSpec spec) {
                return model;
            }
        };
    }

    @BeforeEach
    void aStudentInASession() throws SQLException {
        db = new TestDatabase(dataSource);
        db.update("delete from generated_items");
        String run = Long.toString(System.nanoTime(), 36);
        student = db.queryLong("insert into users (username, display_name, role, grade, password_hash) values ('gen-"
                + run + "', 'Gen Student', 'student', 6, 'x') returning id");
        session = UUID.randomUUID();
        db.update("insert into tutoring_sessions (id, student_id, state, skill_id) values ('" + session + "', " + student
                + ", 'practice', null)");
    }

    @Test
    void kept_and_rejected_items_are_stored_with_trace_and_event_and_counted() throws SQLException {
        model.replyingTo(Fixtures.echoingSeed(r -> {}))
                .replyingTo(Fixtures.echoingSeed(r -> r.put("answer", "2")))
                .replying("Here is a nice problem about pens!")
                .failing(new HttpException(500, "model crashed"));

        TargetedItem kept = practice.targetedItem(Fixtures.SKILL, ADDS, 6, student, session);
        TargetedItem wrong = practice.targetedItem(Fixtures.SKILL, ADDS, 6, student, session);
        TargetedItem prose = practice.targetedItem(Fixtures.SKILL, ADDS, 6, student, session);
        TargetedItem down = practice.targetedItem(Fixtures.SKILL, ADDS, 6, student, session);

        Item item = assertInstanceOf(TargetedItem.Generated.class, kept, kept::toString).generated();
        assertInstanceOf(TargetedItem.NotGenerated.class, wrong);
        assertInstanceOf(TargetedItem.NotGenerated.class, prose);
        assertInstanceOf(TargetedItem.NotGenerated.class, down);

        Item served = practice.item(item.id()).orElseThrow();
        assertEquals(item, served, "the stored item is served as it was verified");
        assertTrue(served.check("1.50").correct());
        assertEquals("adds-quantities", served.check("15").misconception().orElseThrow().id());

        RejectionStats stats = practice.stats();
        assertEquals(1, stats.kept());
        assertEquals(2, stats.rejected());
        assertEquals(1L, stats.byReason().get("answer-disagrees"));
        assertEquals(1L, stats.byReason().get("malformed-json"));
        assertEquals(0L, stats.byReason().get("guardrail"), "every reason is listed, zero included");
        RejectionStats.SkillCounts unitRate = stats.skills().getFirst();
        assertEquals(Fixtures.SKILL, unitRate.skillId());
        assertEquals(Map.of("answer-disagrees", 1L, "malformed-json", 1L), unitRate.byReason());

        assertEquals(4, db.queryLong("select count(*) from agent_traces where agent = 'curriculum' and session_id = '"
                + session + "'"), "one trace per model call, the fallback included");
        assertEquals("fallback:failed", db.queryString("select outcome from agent_traces where id = '"
                + ((TargetedItem.NotGenerated) down).traceId() + "'"));
        assertEquals(3, db.queryLong("select count(*) from generated_items g join agent_traces t on t.id = g.trace_id "
                + "where t.student_id = " + student));
        assertEquals("Here is a nice problem about pens!", db.queryString(
                "select raw_reply from generated_items where reason = 'malformed-json'"));
        assertEquals(3, db.queryLong("select count(*) from events where type = 'item.generated' and student_id = " + student));
        assertEquals("answer-disagrees", db.queryString("select payload->>'reason' from events where type = "
                + "'item.generated' and student_id = " + student + " and payload->>'status' = 'rejected' order by id limit 1"));
    }

    @Test
    void the_database_refuses_a_kept_item_without_its_computation_or_a_rejection_without_a_reason() {
        assertThrows(SQLException.class, () -> db.update("insert into generated_items (skill_id, misconception_id, "
                + "misconception, grade, seed, status, reason) values ('rp.unit-rate', 'm', 'm', 6, 1, 'rejected', null)"));
        assertThrows(SQLException.class, () -> db.update("insert into generated_items (skill_id, misconception_id, "
                + "misconception, grade, seed, status, problem) values ('rp.unit-rate', 'm', 'm', 6, 1, 'kept', 'p')"));
    }

    @Test
    void evaluators_and_admins_read_the_counts_over_http_and_no_one_else_does() {
        model.replyingTo(Fixtures.echoingSeed(r -> {}));
        practice.targetedItem(Fixtures.SKILL, ADDS, 6, student, session);
        demo.seed("demo-password");
        ApiClient api = new ApiClient(client.toBlocking());

        String evaluator = api.login("evaluator1", "demo-password");
        RejectionStats stats = api.get("/api/generated-items/stats", evaluator, RejectionStats.class).body();
        assertEquals(1, stats.kept());
        assertEquals(0, stats.rejected());
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/generated-items/stats", api.login("admin1", "demo-password")));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/generated-items/stats", api.login("student1", "demo-password")));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/generated-items/stats", api.login("teacher1", "demo-password")));
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/generated-items/stats", null));
    }
}
