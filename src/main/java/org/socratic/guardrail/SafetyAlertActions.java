package org.socratic.guardrail;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.socratic.identity.Viewer;

/**
 * The {@code safety_alert_actions} table (V7): the append-only history of handling an alert. Each step is taken at
 * most once per alert (a unique constraint), so a repeated or concurrent acknowledgement cannot record a second one;
 * a trigger moves {@code safety_alerts.status} along with it.
 */
@Singleton
@Connectable
public class SafetyAlertActions {
    private static final String COLUMNS = "id, alert_id, action, actor_id, actor_username, note, acted_at";
    private final DataSource dataSource;

    public SafetyAlertActions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the step; empty when the alert already has it (then the first one stands). */
    @Transactional
    public Optional<AlertAction> record(long alertId, AlertAction.Kind kind, Viewer actor, AlertNote note) {
        String sql = "insert into safety_alert_actions (alert_id, action, actor_id, actor_username, note) "
                + "values (?, ?, ?, ?, ?) on conflict (alert_id, action) do nothing returning " + COLUMNS;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, alertId);
            ps.setString(2, kind.id());
            ps.setLong(3, actor.userId());
            ps.setString(4, actor.username());
            ps.setString(5, note == null ? null : note.text());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the " + kind.id() + " of safety alert " + alertId, e);
        }
    }

    /** The history of each alert, oldest step first; every id is a key, with an empty list when nothing was done. */
    public Map<Long, List<AlertAction>> historyOf(Collection<Long> alertIds) {
        Map<Long, List<AlertAction>> out = new LinkedHashMap<>();
        for (Long id : alertIds) out.put(id, new ArrayList<>());
        if (alertIds.isEmpty()) return out;
        String sql = "select " + COLUMNS + " from safety_alert_actions where alert_id = any(?) order by alert_id, id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", alertIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertAction action = read(rs);
                    out.get(action.alertId()).add(action);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the handling of safety alerts", e);
        }
    }

    private static AlertAction read(ResultSet rs) throws SQLException {
        return new AlertAction(rs.getLong(1), rs.getLong(2), AlertAction.Kind.of(rs.getString(3)), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
