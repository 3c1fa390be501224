package org.socratic.learner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Reads the service's attempt events, in event order, as a response log for fitting. Each answer carries its
 * credibility weight (fast answers and answers after the worked solution count for less, as in the live update).
 * An attempt event without a student, a skill or a boolean {@code correct} is skipped and counted.
 */
@Singleton
@Connectable
public class AttemptHistory {
    static final String ATTEMPT = "attempt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final Credibility credibility = Credibility.DEFAULT;

    /** The attempts as a log, and how many attempt events were skipped for lacking a student, skill or answer. */
    record Attempts(ResponseLog log, int skipped) {}

    public AttemptHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every attempt event as one log, oldest first. */
    @Transactional(readOnly = true)
    Attempts read() {
        ResponseLog.Builder log = ResponseLog.builder();
        int bad = 0;
        String sql = "select student_id, occurred_at, payload::text from events where type = ? order by id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000); // stream: inside a transaction PostgreSQL uses a cursor
            ps.setString(1, ATTEMPT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long student = rs.getLong(1);
                    boolean noStudent = rs.wasNull();
                    Attempt attempt = noStudent ? null : parse(rs.getString(3), rs.getTimestamp(2).toInstant());
                    if (attempt == null) {
                        bad++;
                        continue;
                    }
                    log.add(Long.toString(student), attempt.skillId(), attempt.correct(),
                            credibility.of(attempt).value());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attempt events: " + e.getMessage(), e);
        }
        return new Attempts(log.build(), bad);
    }

    /** The attempt in an event's payload, or null when the payload does not describe one. */
    static Attempt parse(String payloadJson, Instant at) {
        try {
            JsonNode p = JSON.readTree(payloadJson);
            JsonNode skill = p.get("skillId");
            JsonNode correct = p.get("correct");
            if (skill == null || !skill.isTextual() || skill.asText().isBlank()) return null;
            if (correct == null || !correct.isBoolean()) return null;
            JsonNode time = p.get("responseTimeMs");
            long millis = time != null && time.canConvertToLong() && time.asLong() >= 0 ? time.asLong() : -1;
            return new Attempt(skill.asText(), p.path("itemId").asText(""), correct.asBoolean(), millis, 0,
                    p.path("afterWorkedSolution").asBoolean(false), at);
        } catch (IOException e) {
            return null;
        }
    }
}
