package org.socratic.config;

import java.nio.file.Path;

/**
 * A configuration file that teachers, curriculum owners or evaluators edit is wrong. The message names the file,
 * the line (1-based, 0 when unknown) and the key, so the person who edited it can find the mistake.
 */
public final class ConfigException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String key;

    public ConfigException(Path file, int line, String key, String problem) {
        super(format(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    private static String format(Path file, int line, String key, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) where.append(':').append(line);
        if (key != null && !key.isEmpty()) where.append(" (").append(key).append(')');
        return where + ": " + problem;
    }

    public Path file() { return file; }

    public int line() { return line; }

    public String key() { return key; }
}
