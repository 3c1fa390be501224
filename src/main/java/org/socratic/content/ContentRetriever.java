package org.socratic.content;

import com.pgvector.PGvector;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The k pieces of content most similar to a query among those tagged with the given skills. The skill filter is part
 * of the SQL (never applied after ranking), so nothing of another skill can come back. Ranking uses cosine distance
 * on the HNSW index; with {@code hnsw.iterative_scan = relaxed_order} pgvector keeps scanning the graph until enough
 * rows pass the filter, and the few rows it returns are put back in exact distance order here.
 */
@Singleton
public class ContentRetriever {
    public static final int MAX_K = 50;
    /** Candidates examined per query; 100 keeps recall@5 near 1 at 100,000 chunks (see docs/content.md). */
    static final int EF_SEARCH = 100;
    private static final String COLUMNS = "id, chunk_key, skill_id, kind, family_id, body";

    private final DataSource dataSource;
    private final ContentEmbedder embedder;

    public ContentRetriever(DataSource dataSource, ContentEmbedder embedder) {
        this.dataSource = dataSource;
        this.embedder = embedder;
    }

    /** Most similar first; an empty skill set or blank query gives an empty list. {@code k} is 1..50. */
    public List<RetrievedChunk> retrieve(String query, Collection<String> skillIds, int k) {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be between 1 and " + MAX_K);
        if (query == null || query.isBlank() || skillIds.isEmpty()) return List.of();
        return nearest(embedder.query(query), skillIds, k, false);
    }

    /**
     * The same search for a ready vector. {@code exact} turns the index off (a full scan of the skills' rows), which
     * is the reference the benchmark measures recall against.
     */
    @Transactional(readOnly = true)
    public List<RetrievedChunk> nearest(float[] vector, Collection<String> skillIds, int k, boolean exact) {
        String sql = "select " + COLUMNS + ", embedding <=> ? as distance from content_chunks "
                + "where skill_id = any(?) order by embedding <=> ? limit ?";
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                if (exact) {
                    s.execute("set local enable_indexscan = off");
                    s.execute("set local enable_bitmapscan = off");
                } else {
                    s.execute("set local hnsw.ef_search = " + Math.max(EF_SEARCH, 2 * k));
                    s.execute("set local hnsw.iterative_scan = relaxed_order");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                PGvector v = new PGvector(vector);
                ps.setObject(1, v);
                ps.setArray(2, ContentStore.texts(c, skillIds));
                ps.setObject(3, v);
                ps.setInt(4, k);
                List<RetrievedChunk> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RetrievedChunk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), 1 - rs.getDouble(7)));
                    }
                }
                out.sort(Comparator.comparingDouble(RetrievedChunk::similarity).reversed());
                return out;
            }
        } catch (SQLException e) {
            throw new ContentStoreException("could not search content", e);
        }
    }

    /** The query plan of one search, for the benchmark's report. */
    @Transactional(readOnly = true)
    public String explain(float[] vector, Collection<String> skillIds, int k) {
        String sql = "explain select id from content_chunks where skill_id = any(?) order by embedding <=> ? limit ?";
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set local hnsw.ef_search = " + Math.max(EF_SEARCH, 2 * k));
                s.execute("set local hnsw.iterative_scan = relaxed_order");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, ContentStore.texts(c, skillIds));
                ps.setObject(2, new PGvector(vector));
                ps.setInt(3, k);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) plan.append(rs.getString(1)).append('\n');
                }
                return plan.toString();
            }
        } catch (SQLException e) {
            throw new ContentStoreException("could not explain the search", e);
        }
    }
}
