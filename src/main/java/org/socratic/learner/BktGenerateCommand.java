package org.socratic.learner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./socratic bkt generate}: writes a synthetic ASSISTments-like log, for benchmarks and recovery checks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a synthetic skill-builder log generated from BKT with known parameters.",
            "Columns: order_id,user_id,skill_name,correct. Sequences end after 3 correct in a row, as in "
                + "ASSISTments skill builders."})
final class BktGenerateCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "400000", description = "Answers in all (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--skills", defaultValue = "120", description = "Skills (default ${DEFAULT-VALUE}).")
    int skills;

    @Option(names = "--students", defaultValue = "4000", description = "Students (default ${DEFAULT-VALUE}).")
    int students;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heterogeneity", defaultValue = "0.8", description = "Spread of student ability and item "
            + "difficulty on the logit scale, which BKT does not model; 0 gives pure BKT data "
            + "(default ${DEFAULT-VALUE}).")
    double heterogeneity;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Training log (CSV).")
    Path out;

    @Option(names = "--test-out", paramLabel = "FILE", description = "Held-out log: the answers of a share of the "
            + "students (see --test-fraction).")
    Path testOut;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of students held out "
            + "(default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the generating parameters as JSON "
            + "(readable by bkt evaluate --params).")
    Path truth;

    @Override
    public Integer call() throws IOException {
        SyntheticLog.Options options;
        try {
            options = new SyntheticLog.Options(rows, skills, students, seed, testOut == null ? 0 : testFraction,
                    heterogeneity);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        long started = System.nanoTime();
        SyntheticLog.Summary summary;
        try (Writer train = writer(out); Writer test = testOut == null ? null : writer(testOut)) {
            summary = SyntheticLog.generate(options, train, test);
        }
        System.out.printf(Locale.ROOT, "wrote %,d training rows to %s%s; %,d sequences, %d skills, %d students, "
                        + "seed %d, in %.2f s%n", summary.trainRows(), out,
                testOut == null ? "" : String.format(Locale.ROOT, " and %,d held-out rows to %s", summary.testRows(),
                        testOut), summary.sequences(), skills, students, seed, BktFitCommand.seconds(started));
        if (truth != null) {
            BktParametersJson.write(summary.truth(), truth);
            System.out.println("wrote the generating parameters to " + truth);
        }
        return 0;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
