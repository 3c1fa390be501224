package org.socratic.orchestrator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code tutoring_sessions} table. Reads lock the row when asked, so two turns of one session queue up. */
@Singleton
class SessionStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String COLUMNS = "id, student_id, state, skill_id, item::text as item, updated_at";
    private final DataSource dataSource;

    SessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Connectable
    Optional<TutoringSession> find(UUID id) {
        return one("select " + COLUMNS + " from tutoring_sessions where id = ?", id);
    }

    /** The row, locked until the caller's transaction ends. */
    @Transactional
    Optional<TutoringSession> lock(UUID id) {
        return one("select " + COLUMNS + " from tutoring_sessions where id = ? for update", id);
    }

    @Connectable
    Optional<TutoringSession> latestOpen(long studentId) {
        String sql = "select " + COLUMNS + " from tutoring_sessions where student_id = ? and state <> 'finished' "
                + "order by updated_at desc limit 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sessions", e);
        }
    }

    @Transactional
    void save(TutoringSession session) {
        String sql = "insert into tutoring_sessions (id, student_id, state, skill_id, item, updated_at) "
                + "values (?, ?, ?, ?, ?::jsonb, ?) on conflict (id) do update set state = excluded.state, "
                + "skill_id = excluded.skill_id, item = excluded.item, updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, session.id());
            ps.setLong(2, session.studentId());
            ps.setString(3, session.state().id());
            ps.setString(4, session.skillId());
            ps.setString(5, JSON.writeValueAsString(session.data()));
            ps.setTimestamp(6, Timestamp.from(session.updatedAt()));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not save session " + session.id(), e);
        }
    }

    private Optional<TutoringSession> one(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read session " + id, e);
        }
    }

    private static TutoringSession read(ResultSet rs) throws SQLException {
        try {
            return new TutoringSession(rs.getObject("id", UUID.class), rs.getLong("student_id"),
                    SessionState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                    rs.getString("skill_id"), JSON.readValue(rs.getString("item"), SessionData.class),
                    rs.getTimestamp("updated_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable session data", e);
        }
    }
}
