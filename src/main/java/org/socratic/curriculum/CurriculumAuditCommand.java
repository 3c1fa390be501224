package org.socratic.curriculum;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.socratic.cli.CommandContext;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socratic curriculum audit}: prerequisite edges that the attempt data contradicts, and likely missing ones. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"For each edge A -> B, the failure rate on B's first attempts among students who mastered A",
                "first; edges above the threshold and likely missing edges are reported."})
final class CurriculumAuditCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--threshold", defaultValue = "0.4", description = "Failure rate above which an edge is reported (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--first-attempts", defaultValue = "3", description = "First attempts on B that count (default ${DEFAULT-VALUE}).")
    int firstAttempts;

    @Option(names = "--min-students", defaultValue = "5", description = "Students needed behind a figure (default ${DEFAULT-VALUE}).")
    int minStudents;

    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Option(names = "--json", description = "Print the report as one JSON object on the last line.")
    boolean json;

    CurriculumAuditCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        AuditOptions options;
        try {
            options = new AuditOptions(threshold, firstAttempts, minStudents, AuditOptions.DEFAULTS.masteryStreak(),
                    AuditOptions.DEFAULTS.missingEdgeGap());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        SkillGraph graph = SkillGraph.load(ContentDirectory.resolve(contentDir));
        AuditReport report = context.bean(PrerequisiteAuditService.class).audit(graph, options);
        System.out.printf("%d attempts by %d students; %d edges with enough data, %d above %.0f%% failures%n",
                report.attempts(), report.students(), report.edges().size(), report.flagged().size(), 100 * threshold);
        for (var e : report.flagged()) System.out.println("  edge " + e.prerequisite() + " -> " + e.skill() + ": " + e.reason());
        for (var m : report.missing()) System.out.println("  missing? " + m.candidate() + " -> " + m.skill() + ": " + m.reason());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("students", report.students());
            out.put("attempts", report.attempts());
            out.put("threshold", threshold);
            out.put("flagged", report.flagged().stream().map(e -> Map.of("from", e.prerequisite(), "to", e.skill(),
                    "students", e.students(), "failure_rate", e.failureRate(), "reason", e.reason())).toList());
            out.put("missing", report.missing().stream().map(m -> Map.of("from", m.candidate(), "to", m.skill(),
                    "gap", m.gap(), "reason", m.reason())).toList());
            out.put("edges_with_data", report.edges().size());
            System.out.println(new ObjectMapper().writeValueAsString(out));
        }
        return 0;
    }
}
