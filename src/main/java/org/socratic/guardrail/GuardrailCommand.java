package org.socratic.guardrail;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./socratic guardrail scan|bench}: tools for evaluators; neither starts the application context. */
@Command(name = "guardrail", mixinStandardHelpOptions = true,
        description = "Run the safety guardrail over files: scan a JSONL file, or measure its throughput.",
        subcommands = {GuardrailScanCommand.class, GuardrailBenchCommand.class})
public final class GuardrailCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
