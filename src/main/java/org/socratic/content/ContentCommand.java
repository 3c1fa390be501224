package org.socratic.content;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code socratic content ...}: check, load and benchmark the curriculum content. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = "Check the curriculum content, load it into the database, benchmark retrieval.",
        subcommands = {ContentValidateCommand.class, ContentLoadCommand.class, ContentBenchCommand.class,
                ContentShowCommand.class})
public final class ContentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
