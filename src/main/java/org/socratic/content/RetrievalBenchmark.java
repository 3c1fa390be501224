package org.socratic.content;

import com.pgvector.PGvector;
import jakarta.inject.Singleton;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.socratic.llm.Vectors;

/**
 * Measures retrieval at scale: tops the content table up with synthetic filler chunks (vectors blended from the real
 * content's embeddings plus noise, so they cluster like real content, tagged with real skills), then times skill-
 * filtered searches and compares each with an exact scan for recall@k. Filler rows are removed afterwards unless kept.
 */
@Singleton
@io.micronaut.data.connection.annotation.Connectable
public class RetrievalBenchmark {
    static final String FILLER_KIND = "filler";
    private static final List<String> QUERIES = List.of(
            "how do I find the price of one item", "what is a unit rate", "I don't get how to divide fractions",
            "why do I flip the second fraction", "how do you find 20 percent of a number", "what does per mean",
            "how to solve x plus 5 equals 12", "what is the opposite of a negative number",
            "how do I find the greatest common factor", "what is a ratio table", "how many feet are in a yard",
            "convert inches to feet", "what is absolute value", "how to multiply negative numbers",
            "is a negative times a negative positive", "how do I write an expression for 5 less than a number",
            "what is an exponent", "how to combine like terms", "distributive property example",
            "solve 3x + 4 = 19", "what is the constant of proportionality", "how to write y = kx",
            "what is slope", "how do I find the slope between two points", "scientific notation explained",
            "how to turn a fraction into a decimal", "repeating decimal to fraction", "square root of 50 estimate",
            "when do I flip the inequality sign", "tax and tip problem", "percent increase from 40 to 50",
            "simple interest formula", "how many solutions does the equation have", "solve a system of equations",
            "what quadrant is the point in", "distance between two points on a grid", "least common multiple of 6 and 8",
            "long division with remainder", "multiply decimals where does the point go", "mixed number to improper fraction");

    private final DataSource dataSource;
    private final ContentEmbedder embedder;
    private final ContentRetriever retriever;

    public RetrievalBenchmark(DataSource dataSource, ContentEmbedder embedder, ContentRetriever retriever) {
        this.dataSource = dataSource;
        this.embedder = embedder;
        this.retriever = retriever;
    }

    /** Latency percentiles (ms) and recall for one kind of skill filter, and how often each plan was used. */
    public record Figures(String filter, long rowsPerQuery, int queries, double p50, double p95, double p99, double max,
            double recall, int hnswQueries) {}

    public record Report(long rows, long realChunks, long fillerInserted, long fillMillis, int k, int efSearch,
            double embedP50, double embedP99, List<Figures> figures, Map<String, String> plans) {}

    public Report run(int targetRows, int queries, int k, int efSearch, boolean keep) throws SQLException {
        Random random = new Random(7);
        List<float[]> real = new ArrayList<>();
        List<String> realSkills = new ArrayList<>();
        readReal(real, realSkills);
        if (real.isEmpty()) throw new IllegalStateException("no content in the database: run ./socratic content load first");
        execute(CREATE_INDEX);
        long rows = count("select count(*) from content_chunks");
        long start = System.nanoTime();
        long inserted = Math.max(0, targetRows - rows);
        boolean rebuild = inserted > 20_000;
        if (rebuild) execute("drop index if exists content_chunks_embedding");
        try {
            fill(inserted, real, realSkills, random);
        } finally {
            if (rebuild) buildIndex();
        }
        long fillMillis = (System.nanoTime() - start) / 1_000_000;
        retriever.refreshCounts();
        try {
            execute("vacuum analyze content_chunks");
            List<String> skills = new ArrayList<>(new HashSet<>(realSkills));
            skills.sort(null);
            double[] embedTimes = new double[QUERIES.size()];
            List<float[]> vectors = new ArrayList<>();
            for (int i = 0; i < QUERIES.size(); i++) {
                long t = System.nanoTime();
                vectors.add(embedder.query(QUERIES.get(i)));
                embedTimes[i] = (System.nanoTime() - t) / 1e6;
            }
            long total = count("select count(*) from content_chunks");
            Map<String, Integer> filters = new LinkedHashMap<>();
            filters.put("1 skill", 1);
            filters.put("3 skills", 3);
            filters.put("10 skills", 10);
            filters.put("all " + skills.size() + " skills", skills.size());
            List<Figures> figures = new ArrayList<>();
            Map<String, String> plans = new LinkedHashMap<>();
            for (var filter : filters.entrySet()) {
                Set<String> sample = pick(skills, filter.getValue(), random);
                ContentRetriever.Plan auto = retriever.planFor(sample);
                plans.put(filter.getKey(), retriever.explain(vectors.getFirst(), sample, k));
                for (ContentRetriever.Plan plan : ContentRetriever.Plan.values()) {
                    // The plan the retriever would not choose is measured too, with fewer queries, to show the trade.
                    int n = plan == auto ? queries : Math.min(queries, 100);
                    String name = filter.getKey() + (plan == auto ? "" : ", " + plan.name().toLowerCase() + " forced");
                    figures.add(measure(name, filter.getValue(), skills, vectors, n, k, efSearch,
                            plan == auto ? null : plan, total, random));
                }
            }
            return new Report(total, real.size(), inserted, fillMillis, k, efSearch, percentile(embedTimes, 50),
                    percentile(embedTimes, 99), figures, plans);
        } finally {
            if (!keep) removeFiller();
        }
    }

    private Figures measure(String name, int size, List<String> skills, List<float[]> vectors, int queries, int k,
            int efSearch, ContentRetriever.Plan forced, long total, Random random) {
        for (int i = 0; i < 20; i++) search(vectors.get(i % vectors.size()), pick(skills, size, random), k, efSearch, forced);
        double[] times = new double[queries];
        double recall = 0;
        int hnsw = 0;
        for (int i = 0; i < queries; i++) {
            float[] v = vectors.get(i % vectors.size());
            Set<String> filter = pick(skills, size, random);
            if ((forced == null ? retriever.planFor(filter) : forced) == ContentRetriever.Plan.HNSW) hnsw++;
            long t = System.nanoTime();
            List<RetrievedChunk> found = search(v, filter, k, efSearch, forced);
            times[i] = (System.nanoTime() - t) / 1e6;
            List<RetrievedChunk> exact = retriever.nearest(v, filter, k, ContentRetriever.Plan.EXACT, efSearch);
            Set<Long> truth = new HashSet<>(exact.stream().map(RetrievedChunk::id).toList());
            long hits = found.stream().filter(c -> truth.contains(c.id())).count();
            recall += exact.isEmpty() ? 1 : (double) hits / exact.size();
        }
        return new Figures(name, total * size / skills.size(), queries, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), Arrays.stream(times).max().orElse(0), recall / queries, hnsw);
    }

    private List<RetrievedChunk> search(float[] v, Set<String> filter, int k, int efSearch, ContentRetriever.Plan forced) {
        ContentRetriever.Plan plan = forced == null ? retriever.planFor(filter) : forced;
        return retriever.nearest(v, filter, k, plan, efSearch);
    }

    private static Set<String> pick(List<String> skills, int size, Random random) {
        if (size >= skills.size()) return new HashSet<>(skills);
        Set<String> out = new HashSet<>();
        while (out.size() < size) out.add(skills.get(random.nextInt(skills.size())));
        return out;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void readReal(List<float[]> vectors, List<String> skills) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select skill_id, embedding::text from content_chunks where kind <> '"
                        + FILLER_KIND + "'")) {
            while (rs.next()) {
                skills.add(rs.getString(1));
                vectors.add(new PGvector(rs.getString(2)).toArray());
            }
        }
    }

    /**
     * COPY in batches; each filler vector blends two real ones, adds noise and is normalised. Rows are written
     * grouped by skill, as content loads write them (a skill's families together), so that a skill's rows share
     * pages the way they do in a loaded table.
     */
    private void fill(long rows, List<float[]> real, List<String> skills, Random random) throws SQLException {
        if (rows == 0) return;
        int dims = real.getFirst().length;
        List<int[]> plan = new ArrayList<>();
        for (int i = 0; i < rows; i++) plan.add(new int[] {random.nextInt(real.size()), random.nextInt(real.size())});
        plan.sort(java.util.Comparator.comparing((int[] p) -> skills.get(p[0])));
        for (int from = 0; from < plan.size(); from += 5000) {
            List<int[]> batch = plan.subList(from, Math.min(plan.size(), from + 5000));
            StringBuilder copy = new StringBuilder(batch.size() * dims * 12);
            for (int i = 0; i < batch.size(); i++) {
                int a = batch.get(i)[0];
                int b = batch.get(i)[1];
                float mix = 0.6f + 0.4f * random.nextFloat();
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = mix * real.get(a)[d] + (1 - mix) * real.get(b)[d] + (float) (random.nextGaussian() * 0.02);
                }
                v = Vectors.unit(v);
                long n = from + i;
                copy.append("bench:").append(n).append('\t').append(skills.get(a)).append('\t')
                        .append(FILLER_KIND).append("\tsynthetic filler ").append(n).append('\t').append('[');
                for (int d = 0; d < dims; d++) {
                    if (d > 0) copy.append(',');
                    copy.append(v[d]);
                }
                copy.append("]\n");
            }
            try (Connection c = dataSource.getConnection()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy content_chunks (chunk_key, skill_id, kind, body, "
                        + "embedding) from stdin", new StringReader(copy.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("copy failed", e);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The index as the V1 migration defines it; built with enough memory that the graph fits while building. */
    private static final String CREATE_INDEX =
            "create index if not exists content_chunks_embedding on content_chunks using hnsw (embedding vector_cosine_ops)";

    private void buildIndex() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            s.execute(CREATE_INDEX);
            s.execute("reset maintenance_work_mem");
        }
    }

    /** Deleting most of the table leaves it and its graph full of dead rows; VACUUM FULL rewrites both, small again. */
    private void removeFiller() throws SQLException {
        execute("delete from content_chunks where kind = '" + FILLER_KIND + "'");
        execute("vacuum full analyze content_chunks");
        retriever.refreshCounts();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
