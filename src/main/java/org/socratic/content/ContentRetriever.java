package org.socratic.content;

import com.pgvector.PGvector;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The k pieces of content most similar to a query among those tagged with the given skills. The skill filter is part
 * of the SQL (never applied after ranking), so nothing of another skill can come back.
 *
 * <p>How it ranks depends on how many rows the filter leaves, because an approximate index and a filter work against
 * each other when the filter is selective. A filter that leaves at most {@link #EXACT_MAX_ROWS} rows (a few skills)
 * reads them through the B-tree on skill_id and ranks them exactly by cosine distance: fast at that size and always
 * right. A broader filter ranks on the HNSW index with {@code hnsw.iterative_scan = relaxed_order}, so pgvector keeps
 * walking the graph until enough rows pass the filter; it takes ten times k candidates (at least 50) and ranks those
 * exactly.
 */
@Singleton
@io.micronaut.data.connection.annotation.Connectable
public class ContentRetriever {
    public static final int MAX_K = 50;
    /** Up to this many candidate rows an exact ranking is as quick as the graph and always right (docs/content.md). */
    static final int EXACT_MAX_ROWS = 25_000;
    /** Candidates the HNSW search keeps; see docs/content.md for recall and latency at 100,000 chunks. */
    static final int EF_SEARCH = 200;
    private static final String SQL = "select id, chunk_key, skill_id, kind, family_id, body, embedding <=> ? as distance "
            + "from content_chunks where skill_id = any(?) order by embedding <=> ? limit ?";
    /**
     * Relaxed order returns the filtered rows roughly nearest first, so the first k are not always the best k: take
     * more candidates from the graph and rank them exactly.
     */
    /** "offset 0" keeps the subquery whole, so the ordering cannot use the HNSW index: an exact ranking. */
    private static final String EXACT_SQL = "select * from (select id, chunk_key, skill_id, kind, family_id, body, "
            + "embedding <=> ? as distance from content_chunks where skill_id = any(?) offset 0) filtered "
            + "order by distance limit ?";
    private static final String HNSW_SQL = "with candidates as materialized (" + SQL + ") "
            + "select * from candidates order by distance limit ?";

    /** How one search ranks the filtered rows. */
    public enum Plan { EXACT, HNSW }

    private final DataSource dataSource;
    private final ContentEmbedder embedder;
    private final SkillRowCounts counts;

    public ContentRetriever(DataSource dataSource, ContentEmbedder embedder) {
        this.dataSource = dataSource;
        this.embedder = embedder;
        this.counts = new SkillRowCounts(dataSource);
    }

    /** Most similar first; an empty skill set or blank query gives an empty list. {@code k} is 1..50. */
    public List<RetrievedChunk> retrieve(String query, Collection<String> skillIds, int k) {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be between 1 and " + MAX_K);
        if (query == null || query.isBlank() || skillIds.isEmpty()) return List.of();
        return nearest(embedder.query(query), skillIds, k);
    }

    /**
     * Content of these skills most like a message about an item (see {@link ContentEmbedder#query(String, String, String)});
     * a blank message searches by the item alone.
     */
    public List<RetrievedChunk> retrieveAbout(String message, String topicKey, String itemText,
            Collection<String> skillIds, int k) {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be between 1 and " + MAX_K);
        if (skillIds.isEmpty()) return List.of();
        if (message == null || message.isBlank()) return nearest(embedder.topicVector(topicKey, itemText), skillIds, k);
        return nearest(embedder.query(message, topicKey, itemText), skillIds, k);
    }

    /** The same search for a ready vector, with the plan chosen by how many rows the skills have. */
    public List<RetrievedChunk> nearest(float[] vector, Collection<String> skillIds, int k) {
        return nearest(vector, skillIds, k, planFor(skillIds), EF_SEARCH);
    }

    /** The plan a search of these skills would use. */
    public Plan planFor(Collection<String> skillIds) {
        return counts.rows(skillIds) <= EXACT_MAX_ROWS ? Plan.EXACT : Plan.HNSW;
    }

    /** Forget the cached row counts (after a load). */
    public void refreshCounts() {
        counts.invalidate();
    }

    /** A search with a forced plan: EXACT is also the reference the benchmark measures recall against. */
    @Transactional(readOnly = true)
    public List<RetrievedChunk> nearest(float[] vector, Collection<String> skillIds, int k, Plan plan, int efSearch) {
        try (Connection c = dataSource.getConnection()) {
            configure(c, plan, efSearch);
            try (PreparedStatement ps = c.prepareStatement(plan == Plan.HNSW ? HNSW_SQL : EXACT_SQL)) {
                bind(ps, c, vector, skillIds, k, plan);
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

    /** The query plan of a search, for the benchmark's report (the vector literal shortened). */
    @Transactional(readOnly = true)
    public String explain(float[] vector, Collection<String> skillIds, int k) {
        Plan plan = planFor(skillIds);
        try (Connection c = dataSource.getConnection()) {
            configure(c, plan, EF_SEARCH);
            try (PreparedStatement ps = c.prepareStatement("explain " + (plan == Plan.HNSW ? HNSW_SQL : EXACT_SQL))) {
                bind(ps, c, vector, skillIds, k, plan);
                StringBuilder text = new StringBuilder(plan + " plan:\n");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) text.append(rs.getString(1).replaceAll("'\\[[^']*\\]'", "'[...]'")).append('\n');
                }
                return text.toString();
            }
        } catch (SQLException e) {
            throw new ContentStoreException("could not explain the search", e);
        }
    }

    private static void bind(PreparedStatement ps, Connection c, float[] vector, Collection<String> skillIds, int k,
            Plan plan) throws SQLException {
        PGvector v = new PGvector(vector);
        ps.setObject(1, v);
        ps.setArray(2, ContentStore.texts(c, skillIds));
        if (plan == Plan.EXACT) {
            ps.setInt(3, k);
            return;
        }
        ps.setObject(3, v);
        ps.setInt(4, candidates(k));
        ps.setInt(5, k);
    }

    /** How many rows the graph search hands over for exact ranking: ten times k, at least 50. */
    static int candidates(int k) {
        return Math.max(10 * k, 50);
    }

    /** Settings for this transaction only, in one round trip; the exact plan needs none. */
    private static void configure(Connection c, Plan plan, int efSearch) throws SQLException {
        if (plan == Plan.EXACT) return;
        try (PreparedStatement ps = c.prepareStatement(
                "select set_config('hnsw.ef_search', ?, true), set_config('hnsw.iterative_scan', 'relaxed_order', true)")) {
            ps.setString(1, Integer.toString(efSearch));
            ps.executeQuery().close();
        }
    }

    /** Rows per skill, read at most once a minute: the choice of plan does not need exact counts. */
    static final class SkillRowCounts {
        private static final long MAX_AGE_NANOS = 60_000_000_000L;
        private final DataSource dataSource;
        private volatile Map<String, Long> counts = Map.of();
        private volatile long readAt;

        SkillRowCounts(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        long rows(Collection<String> skillIds) {
            Map<String, Long> current = current();
            return skillIds.stream().mapToLong(id -> current.getOrDefault(id, 0L)).sum();
        }

        void invalidate() {
            readAt = 0;
        }

        private Map<String, Long> current() {
            if (readAt != 0 && System.nanoTime() - readAt < MAX_AGE_NANOS) return counts;
            Map<String, Long> fresh = new java.util.HashMap<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "select skill_id, count(*) from content_chunks group by skill_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) fresh.put(rs.getString(1), rs.getLong(2));
            } catch (SQLException e) {
                throw new ContentStoreException("could not count content rows", e);
            }
            counts = Map.copyOf(fresh);
            readAt = System.nanoTime();
            return counts;
        }
    }
}
