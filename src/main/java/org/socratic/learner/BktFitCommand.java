package org.socratic.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.socratic.cli.CommandContext;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./socratic bkt fit}: fits per-skill parameters from a CSV log or the service's event log. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit BKT parameters per skill by expectation-maximisation (Baum-Welch) with restarts.",
            "A skill with too little data gets the published defaults (prior, learn, guess, slip = 0.1), and the "
                + "output says which."})
final class BktFitCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandContext context;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--train", paramLabel = "FILE", description = "CSV with user_id, skill_name, correct "
                + "(order_id or timestamp orders the rows; other columns are ignored).")
        Path train;

        @Option(names = "--from-db", description = "Fit from the service's attempt events (saves a new version).")
        boolean fromDb;
    }

    @Option(names = "--test", paramLabel = "FILE", description = "Held-out CSV: print AUC, RMSE and accuracy of "
            + "next-answer prediction.")
    Path test;

    @Option(names = "--holdout", paramLabel = "FRACTION", description = "Instead of --test: hold out this share of "
            + "the students (all their answers, chosen with --seed) and evaluate on them.")
    Double holdout;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the parameters as JSON.")
    Path out;

    @Option(names = "--save", description = "Store the parameters as a new version in the database.")
    boolean save;

    @Option(names = "--forgets", description = "Fit the forgetting variant.")
    boolean forgets;

    @Option(names = "--skip-bad", description = "Skip malformed rows (counted and reported) instead of failing.")
    boolean skipBad;

    @Option(names = "--restarts", defaultValue = "5", description = "EM restarts per skill (default ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--threads", defaultValue = "2", description = "Skills fitted in parallel (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--min-observations", defaultValue = "50",
            description = "Fewer answers than this on a skill: published defaults (default ${DEFAULT-VALUE}).")
    int minObservations;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random restarts (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object with the figures as the last line.")
    boolean json;

    BktFitCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (restarts < 1 || threads < 1 || minObservations < 0) {
            throw new UserInputException("--restarts and --threads must be at least 1, --min-observations >= 0");
        }
        long started = System.nanoTime();
        ResponseLog log;
        String sourceName;
        ObjectNode figures = JSON.createObjectNode();
        if (source.fromDb) {
            AttemptHistory.Attempts history = context.bean(AttemptHistory.class).read();
            log = history.log();
            sourceName = "event log";
            if (log.size() == 0) throw new UserInputException("the event log has no attempts to fit");
            System.out.printf(Locale.ROOT, "read %,d attempts of %,d students on %,d skills from the event log%s%n",
                    log.size(), log.studentCount(), log.skillCount(), history.skipped() == 0 ? ""
                            : String.format(Locale.ROOT, " (skipped %,d attempt events without a student, skill or "
                                    + "answer)", history.skipped()));
            figures.put("bad_rows", history.skipped());
        } else {
            ResponseLogCsv.Result read = readCsv(source.train);
            log = read.log();
            sourceName = source.train.getFileName().toString();
            report("train", source.train, read, figures);
        }
        double readSeconds = seconds(started);
        ResponseLog heldOut = null;
        if (holdout != null) {
            if (test != null) throw new UserInputException("use either --test or --holdout, not both");
            if (!(holdout > 0 && holdout < 1)) throw new UserInputException("--holdout must be between 0 and 1");
            ResponseLog[] split = log.splitByStudent(holdout, seed);
            log = split[0];
            heldOut = split[1];
            System.out.printf(Locale.ROOT, "held out %,d students (%,d answers) for evaluation; fitting on %,d "
                    + "answers%n", heldOut.studentCount(), heldOut.size(), log.size());
        }

        FitOptions options = FitOptions.DEFAULT.withForgets(forgets).withThreads(threads).withRestarts(restarts)
                .withMinimums(minObservations, FitOptions.DEFAULT.minSequences()).withSeed(seed);
        long fitStarted = System.nanoTime();
        double cpuBefore = processCpuSeconds();
        BktParameterSet fitted = new BktFitter(options, Clock.systemUTC()).fit(log, sourceName);
        double fitSeconds = seconds(fitStarted);
        double fitCpuSeconds = processCpuSeconds() - cpuBefore;
        long defaulted = fitted.defaultedCount();
        System.out.printf(Locale.ROOT, "fitted %d skills by EM (%s, %d restarts, %d threads) in %.2f s (%.2f s of "
                        + "CPU): %d fitted, %d on the published defaults (fewer than %d answers or %d students)%n",
                fitted.skills().size(), forgets ? "with forgetting" : "no forgetting", restarts, threads, fitSeconds,
                fitCpuSeconds,
                fitted.skills().size() - defaulted, defaulted, minObservations, options.minSequences());
        List<String> defaultedNames = fitted.skills().values().stream().filter(SkillFit::defaulted)
                .map(f -> f.skill() + " (" + f.observations() + " answers)").limit(10).toList();
        if (!defaultedNames.isEmpty()) {
            System.out.println("  defaulted: " + String.join(", ", defaultedNames) + (defaulted > 10 ? ", ..." : ""));
        }

        if (save || source.fromDb) {
            fitted = context.bean(BktParameterStore.class).save(fitted);
            System.out.println("stored as parameter version " + fitted.version());
            figures.put("version", fitted.version());
        }
        if (out != null) {
            BktParametersJson.write(fitted, out);
            System.out.println("wrote parameters to " + out);
        }
        figures.put("rows", log.size());
        figures.put("students", log.studentCount());
        figures.put("skills", fitted.skills().size());
        figures.put("fitted", fitted.skills().size() - defaulted);
        figures.put("defaulted", defaulted);
        figures.put("forgets", forgets);
        figures.put("read_seconds", round(readSeconds));
        figures.put("fit_seconds", round(fitSeconds));
        figures.put("fit_cpu_seconds", round(fitCpuSeconds));
        if (test != null) {
            ResponseLogCsv.Result read = readCsv(test);
            report("test", test, read, figures);
            NextAnswerEvaluation.Result result = NextAnswerEvaluation.evaluate(fitted, read.log());
            printMetrics(result, figures);
        } else if (heldOut != null) {
            printMetrics(NextAnswerEvaluation.evaluate(fitted, heldOut), figures);
        } else {
            figures.putNull("auc");
            figures.putNull("rmse");
            figures.putNull("accuracy");
        }
        double total = seconds(started);
        System.out.printf(Locale.ROOT, "total %.2f s%n", total);
        figures.put("seconds", round(total));
        if (json) System.out.println(JSON.writeValueAsString(figures));
        return 0;
    }

    static ResponseLogCsv.Result readCsv(Path file, boolean skipBad) {
        try {
            return ResponseLogCsv.read(file, skipBad);
        } catch (MalformedLogException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private ResponseLogCsv.Result readCsv(Path file) {
        return readCsv(file, skipBad);
    }

    static void report(String role, Path file, ResponseLogCsv.Result read, ObjectNode figures) {
        ResponseLog log = read.log();
        System.out.printf(Locale.ROOT, "%s: %,d rows of %,d students on %,d skills from %s (%s)%n", role, log.size(),
                log.studentCount(), log.skillCount(), file, read.orderedBy());
        if (read.badRows() > 0) {
            System.out.printf(Locale.ROOT, "  skipped %,d malformed rows, for example:%n", read.badRows());
            read.badExamples().forEach(example -> System.out.println("    " + example));
        }
        figures.put(role.equals("train") ? "bad_rows" : "test_bad_rows", read.badRows());
    }

    static void printMetrics(NextAnswerEvaluation.Result result, ObjectNode figures) {
        PredictionMetrics m = result.metrics();
        System.out.printf(Locale.ROOT, "next-answer prediction on %,d held-out answers: AUC %.4f, RMSE %.4f, "
                + "accuracy %.4f%n", m.count(), m.auc(), m.rmse(), m.accuracy());
        if (!result.unseenSkills().isEmpty()) {
            System.out.printf(Locale.ROOT, "  %d test skills had no fitted parameters and were scored with the "
                    + "defaults%n", result.unseenSkills().size());
        }
        putNumber(figures, "auc", m.auc());
        putNumber(figures, "rmse", m.rmse());
        putNumber(figures, "accuracy", m.accuracy());
        figures.put("test_rows", m.count());
        figures.put("unseen_test_skills", result.unseenSkills().size());
    }

    /** JSON has no NaN: an undefined figure is null. */
    static void putNumber(ObjectNode figures, String key, double value) {
        if (Double.isNaN(value)) figures.putNull(key);
        else figures.put(key, round(value));
    }

    /** CPU time of the whole process (all threads, JIT and GC included): wall time misleads on a shared machine. */
    static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1e4) / 1e4;
    }
}
