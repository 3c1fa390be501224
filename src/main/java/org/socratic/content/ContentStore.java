package org.socratic.content;

import com.pgvector.PGvector;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/** The curriculum tables: skills, prerequisite edges and embedded content chunks, written as upserts. */
@Singleton
@io.micronaut.data.connection.annotation.Connectable
public class ContentStore {
    private final DataSource dataSource;

    public ContentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Upserts every skill and replaces the prerequisite edges of those skills; returns the edges written. */
    @Transactional
    public int upsertGraph(SkillGraph graph, String subject) {
        String upsert = "insert into skills (id, subject, name, grade, description, ccss_code, low_stakes, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, now()) on conflict (id) do update set subject = excluded.subject, "
                + "name = excluded.name, grade = excluded.grade, description = excluded.description, "
                + "ccss_code = excluded.ccss_code, low_stakes = excluded.low_stakes, updated_at = now()";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(upsert)) {
                for (Skill s : graph.skills()) {
                    ps.setString(1, s.id());
                    ps.setString(2, subject);
                    ps.setString(3, s.name());
                    ps.setInt(4, s.grade());
                    ps.setString(5, s.description());
                    ps.setString(6, s.ccss());
                    ps.setBoolean(7, s.lowStakes());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<String> ids = graph.skills().stream().map(Skill::id).toList();
            try (PreparedStatement ps = c.prepareStatement("delete from skill_prerequisites where skill_id = any(?)")) {
                ps.setArray(1, texts(c, ids));
                ps.executeUpdate();
            }
            int edges = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into skill_prerequisites (skill_id, prerequisite_id) values (?, ?)")) {
                for (Skill s : graph.skills()) {
                    for (String p : s.prerequisites()) {
                        ps.setString(1, s.id());
                        ps.setString(2, p);
                        ps.addBatch();
                        edges++;
                    }
                }
                ps.executeBatch();
            }
            return edges;
        } catch (SQLException e) {
            throw new ContentStoreException("could not write the skill graph", e);
        }
    }

    /** The stored text of every chunk of these skills, by key, to skip embedding what has not changed. */
    @Transactional(readOnly = true)
    public Map<String, String> bodiesOf(Collection<String> skillIds) {
        Map<String, String> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select chunk_key, body from content_chunks where skill_id = any(?) and kind <> 'filler'")) {
            ps.setArray(1, texts(c, skillIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new ContentStoreException("could not read content chunks", e);
        }
    }

    /** Inserts or updates chunks by key with their embeddings. */
    @Transactional
    public void upsertChunks(List<ContentChunk> chunks, List<float[]> embeddings) {
        if (chunks.size() != embeddings.size()) throw new IllegalArgumentException("one embedding per chunk");
        String sql = "insert into content_chunks (chunk_key, skill_id, kind, family_id, grade, difficulty, body, "
                + "embedding, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (chunk_key) do update set "
                + "skill_id = excluded.skill_id, kind = excluded.kind, family_id = excluded.family_id, "
                + "grade = excluded.grade, difficulty = excluded.difficulty, body = excluded.body, "
                + "embedding = excluded.embedding, updated_at = now()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < chunks.size(); i++) {
                ContentChunk chunk = chunks.get(i);
                ps.setString(1, chunk.key());
                ps.setString(2, chunk.skillId());
                ps.setString(3, chunk.kind());
                ps.setString(4, chunk.familyId());
                ps.setInt(5, chunk.grade());
                if (chunk.difficulty() == null) ps.setNull(6, Types.INTEGER);
                else ps.setInt(6, chunk.difficulty());
                ps.setString(7, chunk.body());
                ps.setObject(8, new PGvector(embeddings.get(i)));
                ps.addBatch();
                if (i % 500 == 499) ps.executeBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new ContentStoreException("could not write content chunks", e);
        }
    }

    /** Deletes chunks of these skills whose keys are no longer produced (a family or hint was removed). */
    @Transactional
    public int deleteStale(Collection<String> skillIds, Collection<String> keepKeys) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from content_chunks where skill_id = any(?) and kind <> 'filler' and not (chunk_key = any(?))")) {
            ps.setArray(1, texts(c, skillIds));
            ps.setArray(2, texts(c, keepKeys));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ContentStoreException("could not delete stale content chunks", e);
        }
    }

    static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }
}
