package org.socratic.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.socratic.cli.CommandContext;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socratic content bench-retrieval}: latency and recall of skill-filtered retrieval at scale. */
@Command(name = "bench-retrieval", mixinStandardHelpOptions = true,
        description = {"Top the content table up to --chunks rows with synthetic filler, time skill-filtered",
                "searches (p50/p95/p99) and compare each with an exact scan (recall@k). Needs ./socratic content load",
                "first. Filler rows are deleted afterwards unless --keep."})
final class ContentBenchCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--chunks", defaultValue = "100000", description = "Rows in the table while measuring (default ${DEFAULT-VALUE}).")
    int chunks;

    @Option(names = "--queries", defaultValue = "400", description = "Timed searches per filter (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "-k", defaultValue = "5", description = "Results per search (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--ef-search", defaultValue = "200", description = "hnsw.ef_search for the HNSW plan (default ${DEFAULT-VALUE}).")
    int efSearch;

    @Option(names = "--keep", description = "Leave the filler rows in the table.")
    boolean keep;

    @Option(names = "--json", description = "Print the report as one JSON object on the last line.")
    boolean json;

    ContentBenchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (chunks < 1 || chunks > 5_000_000) throw new UserInputException("--chunks must be 1..5000000");
        if (queries < 1 || queries > 100_000) throw new UserInputException("--queries must be 1..100000");
        if (k < 1 || k > ContentRetriever.MAX_K) throw new UserInputException("-k must be 1.." + ContentRetriever.MAX_K);
        if (efSearch < 10 || efSearch > 1000) throw new UserInputException("--ef-search must be 10..1000");
        RetrievalBenchmark.Report r = context.bean(RetrievalBenchmark.class).run(chunks, queries, k, efSearch, keep);
        System.out.printf("%d rows (%d real chunks, %d filler inserted in %d ms), k = %d, ef_search = %d, exact below %d rows%n",
                r.rows(), r.realChunks(), r.fillerInserted(), r.fillMillis(), r.k(), r.efSearch(),
                ContentRetriever.EXACT_MAX_ROWS);
        System.out.printf("query embedding: p50 %.2f ms, p99 %.2f ms%n", r.embedP50(), r.embedP99());
        System.out.printf("%-16s %9s %8s %8s %8s %8s %8s %10s %6s%n", "filter", "rows", "queries", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "recall@" + r.k(), "hnsw");
        for (var f : r.figures()) {
            System.out.printf("%-16s %9d %8d %8.2f %8.2f %8.2f %8.2f %10.3f %6d%n", f.filter(), f.rowsPerQuery(), f.queries(),
                    f.p50(), f.p95(), f.p99(), f.max(), f.recall(), f.hnswQueries());
        }
        r.plans().forEach((filter, plan) -> System.out.println("plan (" + filter + "):\n  " + plan.strip().replace("\n", "\n  ")));
        if (json) System.out.println(new ObjectMapper().writeValueAsString(r));
        return 0;
    }
}
