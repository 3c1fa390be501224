package org.socratic.events;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Appends to and reads the {@code events} table. Appends join the caller's transaction (the DataSource is
 * transaction-aware), so derived state written in the same transaction commits or rolls back with its event.
 * The database refuses updates and deletes; see {@link EventErasure} for the one exception.
 */
@Singleton
@Connectable
public class EventLog {
    private static final String COLUMNS =
            "id, occurred_at, type, student_id, actor_id, session_id, idempotency_key, payload::text as payload";
    private final DataSource dataSource;

    public EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Appends the event, or, when its idempotency key was used before, returns the earlier event unchanged with
     * {@code replayed = true} (and writes nothing).
     */
    @Transactional
    public StoredEvent append(NewEvent event) {
        String insert = "insert into events (type, student_id, actor_id, session_id, idempotency_key, payload) "
                + "values (?, ?, ?, ?, ?, ?::jsonb) on conflict (idempotency_key) do nothing returning " + COLUMNS;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, event.type());
            setLong(ps, 2, event.studentId());
            setLong(ps, 3, event.actorId());
            ps.setObject(4, event.sessionId());
            ps.setString(5, event.idempotencyKey());
            ps.setString(6, event.payloadJson());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return read(rs, false);
            }
            return byIdempotencyKey(c, event.idempotencyKey())
                    .orElseThrow(() -> new IllegalStateException("event vanished after a conflict"));
        } catch (SQLException e) {
            throw new EventLogException("could not append a " + event.type() + " event", e);
        }
    }

    public Optional<StoredEvent> findByIdempotencyKey(String key) {
        try (Connection c = dataSource.getConnection()) {
            return byIdempotencyKey(c, key);
        } catch (SQLException e) {
            throw new EventLogException("could not read events", e);
        }
    }

    /** A student's events in order, oldest first, at most {@code limit}. */
    public List<StoredEvent> forStudent(long studentId, int limit) {
        return query("select " + COLUMNS + " from events where student_id = ? order by id limit ?", studentId, limit);
    }

    /** A tutoring session's events of the given types, newest {@code limit} of them, oldest first. */
    public List<StoredEvent> forSession(java.util.UUID sessionId, java.util.Collection<String> types, int limit) {
        String sql = "select * from (select " + COLUMNS + " from events where session_id = ? and type = any(?) "
                + "order by id desc limit ?) recent order by id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, sessionId);
            ps.setArray(2, c.createArrayOf("text", types.toArray()));
            ps.setInt(3, limit);
            return readAll(ps);
        } catch (SQLException e) {
            throw new EventLogException("could not read events", e);
        }
    }

    /** Events of one type with id greater than {@code afterId}, oldest first: for rebuilding derived state. */
    public List<StoredEvent> ofType(String type, long afterId, int limit) {
        String sql = "select " + COLUMNS + " from events where type = ? and id > ? order by id limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, type);
            ps.setLong(2, afterId);
            ps.setInt(3, limit);
            return readAll(ps);
        } catch (SQLException e) {
            throw new EventLogException("could not read events", e);
        }
    }

    private List<StoredEvent> query(String sql, long id, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setInt(2, limit);
            return readAll(ps);
        } catch (SQLException e) {
            throw new EventLogException("could not read events", e);
        }
    }

    private static Optional<StoredEvent> byIdempotencyKey(Connection c, String key) throws SQLException {
        if (key == null) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from events where idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, true)) : Optional.empty();
            }
        }
    }

    private static List<StoredEvent> readAll(PreparedStatement ps) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs, false));
        }
        return out;
    }

    private static StoredEvent read(ResultSet rs, boolean replayed) throws SQLException {
        long student = rs.getLong("student_id");
        Long studentId = rs.wasNull() ? null : student;
        long actor = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : actor;
        return new StoredEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
                studentId, actorId, rs.getObject("session_id", java.util.UUID.class), rs.getString("idempotency_key"),
                rs.getString("payload"), replayed);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) ps.setNull(index, Types.BIGINT); else ps.setLong(index, value);
    }
}
