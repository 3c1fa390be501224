package org.socratic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code;

        Run(String... args) {
            try (CommandContext context = new CommandContext()) {
                CommandLine line = Main.newCommandLine(context);
                line.setOut(new PrintWriter(out));
                line.setErr(new PrintWriter(err));
                code = line.execute(args);
            }
        }
    }

    private static void collect(CommandLine line, List<CommandLine> into) {
        for (CommandLine sub : line.getSubcommands().values()) {
            if (!into.contains(sub)) {
                into.add(sub);
                collect(sub, into);
            }
        }
    }

    @Test
    void every_subcommand_has_help() {
        List<CommandLine> all = new ArrayList<>();
        try (CommandContext context = new CommandContext()) {
            collect(Main.newCommandLine(context), all);
        }
        assertTrue(all.size() >= 2);
        for (CommandLine command : all) {
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c.getParent() != null; c = c.getParent()) path.addFirst(c.getCommandName());
            path.add("--help");
            Run run = new Run(path.toArray(String[]::new));
            assertEquals(0, run.code, "help of " + path);
            assertTrue(run.out.toString().contains("Usage: socratic " + String.join(" ", path.subList(0, path.size() - 1))),
                    run.out.toString());
        }
    }

    @Test
    void the_root_help_lists_serve_and_seed_demo() {
        Run run = new Run("--help");
        assertEquals(0, run.code);
        assertTrue(run.out.toString().contains("serve"));
        assertTrue(run.out.toString().contains("seed-demo"));
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        Run run = new Run("teleport");
        assertEquals(2, run.code);
        assertTrue(run.err.toString().contains("teleport"), run.err.toString());
    }
}
