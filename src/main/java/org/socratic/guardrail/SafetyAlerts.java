package org.socratic.guardrail;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/**
 * The {@code safety_alerts} table. Teachers see the alerts about the students of their classes and those addressed
 * to them (a designated counsellor), admins see all, and students and evaluators none.
 */
@Singleton
@Connectable
public class SafetyAlerts {
    private static final String COLUMNS = "id, student_id, session_id, categories, severity, layer, score, reason, "
            + "excerpt, recipients, status, webhook_status, webhook_attempts, webhook_error, delivered_at, created_at";
    /** A teacher (bound twice) is a recipient of alert {@code a} or teaches its student. */
    private static final String CONCERNS_TEACHER = "(? = any(a.recipients) or exists (select 1 from classes c "
            + "join enrollments e on e.class_id = c.id where c.teacher_id = ? and e.student_id = a.student_id))";
    private final DataSource dataSource;

    public SafetyAlerts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The ids of the student's teachers and of the counsellors named (by username) in crisis.yml. */
    public List<Long> recipientsFor(Long studentId, List<String> counsellors) {
        String sql = "select c.teacher_id from classes c join enrollments e on e.class_id = c.id where e.student_id = ? "
                + "union select id from users where username = any(?) order by 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (studentId == null) ps.setNull(1, Types.BIGINT); else ps.setLong(1, studentId);
            ps.setArray(2, c.createArrayOf("text", counsellors.toArray()));
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not find the recipients of an alert", e);
        }
    }

    @Transactional
    public SafetyAlert create(Long studentId, UUID sessionId, Verdict deciding, List<Category> categories,
            String excerpt, List<Long> recipients, boolean webhookConfigured) {
        String sql = "insert into safety_alerts (student_id, session_id, categories, severity, layer, score, reason, "
                + "excerpt, recipients, webhook_status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (studentId == null) ps.setNull(1, Types.BIGINT); else ps.setLong(1, studentId);
            ps.setObject(2, sessionId);
            ps.setArray(3, c.createArrayOf("text", categories.stream().map(Category::id).toArray()));
            ps.setString(4, deciding.severity().id());
            ps.setString(5, deciding.layer());
            ps.setDouble(6, deciding.score());
            ps.setString(7, deciding.reason());
            ps.setString(8, excerpt);
            ps.setArray(9, c.createArrayOf("bigint", recipients.toArray()));
            ps.setString(10, webhookConfigured ? "pending" : "not_configured");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a safety alert", e);
        }
    }

    /** Records one webhook attempt. */
    @Transactional
    public void recordDelivery(long id, boolean delivered, String error) {
        String sql = "update safety_alerts set webhook_attempts = webhook_attempts + 1, webhook_status = ?, "
                + "webhook_error = ?, delivered_at = case when ? then now() else delivered_at end where id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, delivered ? "delivered" : "failed");
            ps.setString(2, error);
            ps.setBoolean(3, delivered);
            ps.setLong(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a webhook delivery", e);
        }
    }

    /** Alerts whose webhook has not been delivered yet and has been tried fewer than {@code maxAttempts} times. */
    public List<SafetyAlert> undelivered(int maxAttempts) {
        return query("select " + COLUMNS + " from safety_alerts where webhook_status in ('pending', 'failed') "
                + "and webhook_attempts < ? order by created_at", ps -> ps.setInt(1, maxAttempts));
    }

    public Optional<SafetyAlert> find(long id) {
        return query("select " + COLUMNS + " from safety_alerts where id = ?", ps -> ps.setLong(1, id)).stream()
                .findFirst();
    }

    /** What {@code GET /api/alerts} shows the viewer, newest first. */
    public List<SafetyAlert> visibleTo(Viewer viewer) {
        return visibleTo(viewer, null);
    }

    /** What {@code GET /api/alerts} shows the viewer, newest first; only those in {@code status} unless null. */
    public List<SafetyAlert> visibleTo(Viewer viewer, AlertStatus status) {
        String inStatus = status == null ? "" : " and a.status = '" + status.id() + "'";
        if (viewer.role() == Role.ADMIN) {
            return query("select " + COLUMNS + " from safety_alerts a where true" + inStatus
                    + " order by created_at desc, id desc", ps -> { });
        }
        if (viewer.role() != Role.TEACHER) return List.of();
        String sql = "select " + COLUMNS + " from safety_alerts a where " + CONCERNS_TEACHER + inStatus
                + " order by created_at desc, id desc";
        return query(sql, ps -> {
            ps.setLong(1, viewer.userId());
            ps.setLong(2, viewer.userId());
        });
    }

    /** Whether the teacher is one of the alert's recipients or teaches its student: the rule {@link #visibleTo} applies. */
    public boolean concernsTeacher(long alertId, long teacherId) {
        String sql = "select exists (select 1 from safety_alerts a where " + CONCERNS_TEACHER + " and a.id = ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, teacherId);
            ps.setLong(2, teacherId);
            ps.setLong(3, alertId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check who an alert concerns", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<SafetyAlert> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<SafetyAlert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read safety alerts", e);
        }
    }

    private static SafetyAlert read(ResultSet rs) throws SQLException {
        long student = rs.getLong(2);
        Long studentId = rs.wasNull() ? null : student;
        Timestamp delivered = rs.getTimestamp(15);
        return new SafetyAlert(rs.getLong(1), studentId, rs.getObject(3, UUID.class), strings(rs.getArray(4)),
                rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9),
                longs(rs.getArray(10)), rs.getString(11), rs.getString(12), rs.getInt(13), rs.getString(14),
                delivered == null ? null : delivered.toInstant(), rs.getTimestamp(16).toInstant());
    }

    private static List<String> strings(Array a) throws SQLException {
        return Arrays.asList((String[]) a.getArray());
    }

    private static List<Long> longs(Array a) throws SQLException {
        return Arrays.asList((Long[]) a.getArray());
    }
}
