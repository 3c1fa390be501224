package org.socratic.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Every migration applies, in order, to a schema that has nothing in it. */
@MicronautTest(transactional = false)
class MigrationsTest {
    private static final String SCHEMA = "socratic_migration_check";
    @Inject DataSource dataSource;

    @Test
    void the_migrations_apply_to_an_empty_schema() throws Exception {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        Flyway flyway = Flyway.configure().dataSource(raw).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);

        Set<String> tables = new HashSet<>();
        try (Connection c = raw.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '" + SCHEMA + "'")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        for (String table : Set.of("users", "classes", "enrollments", "skills", "skill_prerequisites", "content_chunks",
                "tutoring_sessions", "mastery", "agent_traces", "guardrail_verdicts", "grades", "grade_reviews",
                "events", "event_erasures", "safety_alerts", "safety_alert_actions")) {
            assertTrue(tables.contains(table), "missing table " + table + " in " + tables);
        }
        try (Connection c = raw.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select indexdef from pg_indexes where schemaname = '" + SCHEMA
                     + "' and indexname = 'content_chunks_embedding'")) {
            assertTrue(rs.next(), "the HNSW index exists");
            assertTrue(rs.getString(1).contains("hnsw"), rs.getString(1));
        }
        try (Connection c = raw.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select format_type(atttypid, atttypmod) from pg_attribute where attrelid = '"
                     + SCHEMA + ".content_chunks'::regclass and attname = 'embedding'")) {
            assertTrue(rs.next());
            assertEquals("vector(384)", rs.getString(1));
        }
        flyway.clean();
    }
}
