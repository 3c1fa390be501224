package org.socratic.curriculum;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socratic curriculum ...}: the skill graph and its audit. */
@Command(name = "curriculum", mixinStandardHelpOptions = true,
        description = "The skill graph: audit its prerequisite edges against students' attempts.",
        subcommands = {CurriculumAuditCommand.class})
public final class CurriculumCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
