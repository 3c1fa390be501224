package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Stores every verdict in {@code guardrail_verdicts}, with the layer that decided it and its score. A text on which
 * no layer found anything is stored as one {@code allow} row (category {@code none}, layer {@code pipeline}), and a
 * layer that could not answer as a row with category {@code unavailable}, so the record shows what was checked.
 */
@Singleton
public class VerdictStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource dataSource;

    public VerdictStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void record(GuardrailResult result, GuardrailContext context) {
        recordAll(List.of(result), context);
    }

    /** The results of several checks (the sentences of one streamed reply) in one batch. */
    @Transactional
    public void recordAll(List<GuardrailResult> results, GuardrailContext context) {
        if (results.isEmpty()) return;
        String sql = "insert into guardrail_verdicts (trace_id, session_id, student_id, direction, category, action, "
                + "severity, layer, score, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (GuardrailResult result : results) {
                if (result.verdicts().isEmpty()) {
                    add(ps, context, result, "none", Action.ALLOW, Severity.NONE, "pipeline", 0, "nothing found");
                }
                for (Verdict v : result.verdicts()) {
                    add(ps, context, result, v.category().id(), v.action(), v.severity(), v.layer(), v.score(), v.reason());
                }
                for (LayerFailure f : result.failures()) {
                    add(ps, context, result, "unavailable", Action.ALLOW, Severity.NONE, f.layer(), 0, f.reason());
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store guardrail verdicts", e);
        }
    }

    private static void add(PreparedStatement ps, GuardrailContext ctx, GuardrailResult result, String category,
            Action action, Severity severity, String layer, double score, String reason) throws SQLException {
        ps.setObject(1, ctx.traceId());
        ps.setObject(2, ctx.sessionId());
        if (ctx.studentId() == null) ps.setNull(3, Types.BIGINT); else ps.setLong(3, ctx.studentId());
        ps.setString(4, result.direction().id());
        ps.setString(5, category);
        ps.setString(6, action.id());
        ps.setString(7, severity.id());
        ps.setString(8, layer);
        ps.setDouble(9, score);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("decision", result.action().id());
        if (result.redacted()) detail.put("redacted", true);
        try {
            ps.setString(10, JSON.writeValueAsString(detail));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ps.addBatch();
    }
}
