package org.socratic.learner;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./socratic bkt}: fitting and evaluating the knowledge-tracing parameters. */
@Command(name = "bkt", mixinStandardHelpOptions = true,
        description = "Bayesian Knowledge Tracing: fit parameters by EM, evaluate them, generate synthetic logs.",
        subcommands = {BktFitCommand.class, BktEvaluateCommand.class, BktGenerateCommand.class})
public final class BktCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
