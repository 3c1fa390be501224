package org.socratic.cli;

import picocli.CommandLine;

/** The one entry point: {@code ./socratic [serve|seed-demo|bkt|content|guardrail|...]}; no arguments means serve. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        LogFormat.configureFromEnvironment();
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int code;
        try (CommandContext context = new CommandContext()) {
            code = newCommandLine(context).execute(effective);
        }
        if (code != ServeCommand.STILL_SERVING) System.exit(code);
    }

    static CommandLine newCommandLine(CommandContext context) {
        CommandLine line = new CommandLine(new SocraticCommand(), context);
        line.setExecutionExceptionHandler(new FriendlyErrors());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }
}
