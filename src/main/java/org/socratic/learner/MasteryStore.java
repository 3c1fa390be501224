package org.socratic.learner;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code mastery} table: one row per student and skill, derived from the events and written in the same
 * transaction as the event that changes it (writes join the caller's transaction). {@code mastered} holds what the
 * rest of the system uses (a teacher's override wins); the evidence column holds the model's own judgement.
 */
@Singleton
@Connectable
public class MasteryStore {
    private final DataSource dataSource;

    public MasteryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<MasteryState> find(long studentId, String skillId) {
        Map<String, MasteryState> found = query("select skill_id, p_known, evidence::text from mastery "
                + "where student_id = ? and skill_id = ?", studentId, skillId);
        return Optional.ofNullable(found.get(skillId));
    }

    /** Every skill the student has a state for, by skill id. */
    public Map<String, MasteryState> forStudent(long studentId) {
        return query("select skill_id, p_known, evidence::text from mastery where student_id = ? order by skill_id",
                studentId, null);
    }

    @Transactional
    public void save(long studentId, MasteryState state) {
        String upsert = "insert into mastery (student_id, skill_id, p_known, observations, mastered, overridden, "
                + "evidence, updated_at) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (student_id, skill_id) do "
                + "update set p_known = excluded.p_known, observations = excluded.observations, mastered = "
                + "excluded.mastered, overridden = excluded.overridden, evidence = excluded.evidence, updated_at = "
                + "excluded.updated_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(upsert)) {
            ps.setLong(1, studentId);
            ps.setString(2, state.skillId());
            ps.setDouble(3, state.pKnown());
            ps.setInt(4, state.evidence().answers());
            ps.setBoolean(5, state.effectivelyMastered());
            ps.setBoolean(6, state.overridden());
            ps.setString(7, MasteryStateJson.evidence(state));
            ps.setTimestamp(8, Timestamp.from(java.time.Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not save mastery of " + state.skillId() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, MasteryState> query(String sql, long studentId, String skillId) {
        Map<String, MasteryState> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studentId);
            if (skillId != null) ps.setString(2, skillId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.put(id, MasteryStateJson.read(id, rs.getDouble(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read mastery: " + e.getMessage(), e);
        }
        return out;
    }
}
