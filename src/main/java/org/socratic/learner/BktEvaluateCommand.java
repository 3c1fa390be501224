package org.socratic.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./socratic bkt evaluate}: scores a parameter file on a held-out log (for example the generator's truth). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a parameter file (from bkt fit --out or bkt generate --truth) on a held-out CSV.")
final class BktEvaluateCommand implements Callable<Integer> {
    @Option(names = "--params", required = true, paramLabel = "FILE", description = "Parameters as JSON.")
    Path params;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "Held-out CSV log.")
    Path test;

    @Option(names = "--skip-bad", description = "Skip malformed rows (counted and reported) instead of failing.")
    boolean skipBad;

    @Option(names = "--json", description = "Print one JSON object with the figures as the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        BktParameterSet set;
        try {
            set = BktParametersJson.read(params);
        } catch (MalformedLogException e) {
            throw new UserInputException(e.getMessage());
        }
        ObjectNode figures = new ObjectMapper().createObjectNode();
        ResponseLogCsv.Result read = BktFitCommand.readCsv(test, skipBad);
        BktFitCommand.report("test", test, read, figures);
        BktFitCommand.printMetrics(NextAnswerEvaluation.evaluate(set, read.log()), figures);
        figures.put("skills", set.skills().size());
        figures.put("seconds", BktFitCommand.round(BktFitCommand.seconds(started)));
        if (json) System.out.println(new ObjectMapper().writeValueAsString(figures));
        return 0;
    }
}
