package org.socratic.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socratic.curriculum.ContentDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socratic content validate}: every check on the content files, no database. Exit 1 when anything is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the skill graph and every item family, drawing many instances of each (no database).")
final class ContentValidateCommand implements Callable<Integer> {
    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Option(names = "--instances", defaultValue = "100", description = "Instances drawn per family (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--json", description = "Print the summary as one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (instances < 1 || instances > 100_000) throw new org.socratic.cli.UserInputException("--instances must be 1..100000");
        Path dir = ContentDirectory.resolve(contentDir);
        long start = System.nanoTime();
        ValidationReport report = ContentValidator.validate(dir, instances);
        long millis = (System.nanoTime() - start) / 1_000_000;
        report.errors().forEach(e -> System.out.println("error: " + e));
        System.out.printf("%s: %d skills, %d edges, %d families, %d items checked, %d errors (%d ms)%n",
                report.ok() ? "ok" : "FAILED", report.skills(), report.edges(), report.families(),
                report.itemsChecked(), report.errors().size(), millis);
        if (json) System.out.println(new ObjectMapper().writeValueAsString(report.asMap()));
        return report.ok() ? 0 : 1;
    }
}
