package org.socratic.cli;

import org.socratic.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * One error handler for every subcommand: a person gets one line saying what is wrong, never a stack trace
 * (set {@code SOCRATIC_DEBUG=1} to see it). Exit codes: 1 failed, 2 bad usage or input, 3 bad configuration.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int BAD_CONFIG = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        if (System.getenv("SOCRATIC_DEBUG") != null) e.printStackTrace();
        Throwable cause = rootConfigError(e);
        if (cause instanceof ConfigException config) {
            line.getErr().println("configuration error: " + config.getMessage());
            return BAD_CONFIG;
        }
        if (e instanceof UserInputException) {
            line.getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        line.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return FAILED;
    }

    private static Throwable rootConfigError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException) return t;
        }
        return e;
    }
}
