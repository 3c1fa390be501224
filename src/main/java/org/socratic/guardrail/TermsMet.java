package org.socratic.guardrail;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

/** The {@code student_terms} table: the canonical terms (concept ids) each student has met, per subject. */
@Singleton
@Connectable
public class TermsMet {
    private final DataSource dataSource;

    public TermsMet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void record(long studentId, String subject, Set<String> conceptIds) {
        if (conceptIds.isEmpty()) return;
        String sql = "insert into student_terms (student_id, subject, concept_id) values (?, ?, ?) on conflict do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (String id : conceptIds) {
                ps.setLong(1, studentId);
                ps.setString(2, subject);
                ps.setString(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the terms a student met", e);
        }
    }

    public Set<String> of(long studentId, String subject) {
        String sql = "select concept_id from student_terms where student_id = ? and subject = ? order by first_met_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studentId);
            ps.setString(2, subject);
            Set<String> out = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the terms a student met", e);
        }
    }
}
