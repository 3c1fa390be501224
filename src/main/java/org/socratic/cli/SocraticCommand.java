package org.socratic.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; every tool of the project is a subcommand listed here. */
@Command(
        name = "socratic",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Socratic: a multi-agent tutoring service for K-12. With no command, starts the server.",
        subcommands = {
            ServeCommand.class,
            SeedDemoCommand.class,
            org.socratic.content.ContentCommand.class,
            org.socratic.curriculum.CurriculumCommand.class,
            org.socratic.learner.BktCommand.class,
            org.socratic.simulation.SimulateCommand.class,
            org.socratic.guardrail.GuardrailCommand.class,
            org.socratic.grading.GradingCommand.class,
            EventsCommand.class,
            org.socratic.generation.GeneratedCommand.class,
        })
final class SocraticCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
