package org.socratic.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The one way events leave the log: a student's erasure, or retention past a cut-off. It calls the database's
 * {@code socratic_erase_events}, which writes the audit row (who, why, how many) in the same transaction; the
 * append-only trigger lets a delete through only then.
 */
@Singleton
public class EventErasure {
    private final DataSource dataSource;

    public EventErasure(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Removes every event about the student; returns how many. */
    @Transactional
    public long eraseStudent(long studentId, String requestedBy, String reason) {
        return erase(requestedBy, reason, studentId, null);
    }

    /** Removes every event older than {@code before}; returns how many. */
    @Transactional
    public long purgeBefore(Instant before, String requestedBy, String reason) {
        return erase(requestedBy, reason, null, before);
    }

    private long erase(String requestedBy, String reason, @Nullable Long studentId, @Nullable Instant before) {
        try (Connection c = dataSource.getConnection();
             CallableStatement call = c.prepareCall("{ ? = call socratic_erase_events(?, ?, ?, ?) }")) {
            call.registerOutParameter(1, Types.BIGINT);
            call.setString(2, requestedBy);
            call.setString(3, reason);
            if (studentId == null) call.setNull(4, Types.BIGINT); else call.setLong(4, studentId);
            if (before == null) call.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
            else call.setTimestamp(5, Timestamp.from(before));
            call.execute();
            return call.getLong(1);
        } catch (SQLException e) {
            throw new EventLogException("erasure failed: " + e.getMessage(), e);
        }
    }
}
