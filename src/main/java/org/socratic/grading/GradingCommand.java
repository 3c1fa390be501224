package org.socratic.grading;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socratic grading ...}: check the open-response prompts and calibrate the grader's independent signal. */
@Command(name = "grading", mixinStandardHelpOptions = true,
        description = "Check the open-response prompts and rubrics; calibrate the similarity thresholds.",
        subcommands = {GradingCheckCommand.class, GradingCalibrateCommand.class})
public final class GradingCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
