package org.socratic.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.socratic.llm.BgeSmallEmbeddings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import org.socratic.curriculum.ContentDirectory;
import org.socratic.curriculum.SkillGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code socratic grading calibrate}: the similarity of labelled explanations to their references, with the same
 * in-process embedding model the service uses, and what each candidate threshold would catch and queue needlessly.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Print the similarity of labelled explanations (eval/grading/calibration.yml) to their",
                "prompts' references, and what the similarity thresholds catch (no database, no model server)."})
final class GradingCalibrateCommand implements Callable<Integer> {
    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Option(names = "--set", description = "Labelled explanations (default: eval/grading/calibration.yml next to the content folder).")
    Path set;

    @Option(names = "--low-similarity", defaultValue = GradingThresholds.LOW_SIMILARITY,
            description = "Threshold to mark (default ${DEFAULT-VALUE}).")
    double lowSimilarity;

    @Option(names = "--high-similarity", defaultValue = GradingThresholds.HIGH_SIMILARITY,
            description = "Threshold to mark (default ${DEFAULT-VALUE}).")
    double highSimilarity;

    @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = ContentDirectory.resolve(contentDir);
        Path file = set != null ? set : dir.toAbsolutePath().getParent().resolve("eval/grading/calibration.yml");
        if (!Files.isRegularFile(file)) throw new UserInputException("no calibration set at " + file);
        GradingThresholds defaults = GradingThresholds.defaults();
        GradingThresholds thresholds;
        try {
            thresholds = new GradingThresholds(defaults.minConfidence(), defaults.highScore(), defaults.lowScore(),
                    lowSimilarity, highSimilarity);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        OpenResponseBank bank = OpenResponseBank.load(dir, SkillGraph.load(dir));
        CalibrationSet samples = CalibrationSet.load(file, bank);
        ReferenceSignal signal = new ReferenceSignal(new java.util.function.Supplier<>() {
            private final BgeSmallEmbeddings model = BgeSmallEmbeddings.load();

            @Override
            public BgeSmallEmbeddings get() { return model; }
        });
        CalibrationReport report = new CalibrationReport();
        for (CalibrationSet.Sample s : samples.samples()) {
            Similarity similarity = signal.similarity(s.prompt(), s.text());
            report.add(s.band(), similarity.best());
        }
        System.out.println(samples.samples().size() + " labelled explanations over " + bank.all().size() + " prompts");
        report.lines(thresholds).forEach(System.out::println);
        if (json) System.out.println(new ObjectMapper().writeValueAsString(report.asMap(thresholds)));
        return 0;
    }
}
