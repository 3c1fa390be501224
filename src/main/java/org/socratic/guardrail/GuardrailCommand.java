package org.socratic.guardrail;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./socratic guardrail scan|bench|train|weights}: tools for evaluators; none starts the application context. */
@Command(name = "guardrail", mixinStandardHelpOptions = true,
        description = "Run the safety guardrail over files: scan a JSONL file, measure its throughput, train its classifier, or list the words it weighs most.",
        subcommands = {GuardrailScanCommand.class, GuardrailBenchCommand.class, GuardrailTrainCommand.class,
                GuardrailWeightsCommand.class})
public final class GuardrailCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
