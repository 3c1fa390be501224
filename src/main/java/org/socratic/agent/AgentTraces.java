package org.socratic.agent;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code agent_traces} table: written once per agent call, read by teachers of the student and evaluators. */
@Singleton
public class AgentTraces {
    private final DataSource dataSource;

    public AgentTraces(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void record(AgentTrace trace) {
        String sql = "insert into agent_traces (id, session_id, student_id, agent, provider, model, prompt_version, "
                + "retrieved_content_ids, latency_ms, input_tokens, output_tokens, outcome, detail) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, trace.id());
            ps.setObject(2, trace.sessionId());
            if (trace.studentId() == null) ps.setNull(3, Types.BIGINT); else ps.setLong(3, trace.studentId());
            ps.setString(4, trace.agent());
            ps.setString(5, trace.provider());
            ps.setString(6, trace.model());
            ps.setString(7, trace.promptVersion());
            ps.setArray(8, c.createArrayOf("bigint", trace.retrievedContentIds().toArray()));
            ps.setLong(9, trace.latencyMs());
            if (trace.inputTokens() == null) ps.setNull(10, Types.INTEGER); else ps.setInt(10, trace.inputTokens());
            if (trace.outputTokens() == null) ps.setNull(11, Types.INTEGER); else ps.setInt(11, trace.outputTokens());
            ps.setString(12, trace.outcome());
            ps.setString(13, trace.detailJson());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the trace of a " + trace.agent() + " call", e);
        }
    }

    @Connectable
    public Optional<AgentTrace> find(UUID id) {
        String sql = "select id, session_id, student_id, agent, provider, model, prompt_version, retrieved_content_ids, "
                + "latency_ms, input_tokens, output_tokens, outcome, detail::text from agent_traces where id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Long[] ids = (Long[]) rs.getArray(8).getArray();
                long student = rs.getLong(3);
                Long studentId = rs.wasNull() ? null : student;
                int in = rs.getInt(10);
                Integer inputTokens = rs.wasNull() ? null : in;
                int out = rs.getInt(11);
                Integer outputTokens = rs.wasNull() ? null : out;
                return Optional.of(new AgentTrace(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), studentId,
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), List.of(ids),
                        rs.getLong(9), inputTokens, outputTokens, rs.getString(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read trace " + id, e);
        }
    }

}
