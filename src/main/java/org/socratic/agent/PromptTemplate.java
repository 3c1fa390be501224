package org.socratic.agent;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socratic.config.ConfigException;

/**
 * A versioned prompt file with {@code {{variable}}} placeholders. Every placeholder must be one the agent supplies
 * (checked when loaded, naming the file and line); rendering fails if a value is missing, so a prompt is never sent
 * with a hole in it. Values are inserted verbatim: they are data for the model, never re-scanned for placeholders.
 */
public final class PromptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_][a-z0-9_]*)\\s*}}");
    private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{[^}]*}}");
    private final String agent;
    private final String version;
    private final String text;
    private final Set<String> variables;

    private PromptTemplate(String agent, String version, String text, Set<String> variables) {
        this.agent = agent;
        this.version = version;
        this.text = text;
        this.variables = variables;
    }

    /** Parses {@code text} read from {@code file}; {@code allowed} are the variables the agent can fill. */
    public static PromptTemplate parse(String agent, String version, Path file, String text, Set<String> allowed) {
        Set<String> found = new LinkedHashSet<>();
        Matcher any = ANY_BRACES.matcher(text);
        while (any.find()) {
            Matcher m = PLACEHOLDER.matcher(any.group());
            int line = lineOf(text, any.start());
            if (!m.matches()) {
                throw new ConfigException(file, line, null, "malformed placeholder " + any.group()
                        + " (use {{name}} with lower-case letters, digits and _)");
            }
            String name = m.group(1);
            if (!allowed.contains(name)) {
                throw new ConfigException(file, line, name, "unknown variable {{" + name + "}}; the " + agent
                        + " agent supplies " + new java.util.TreeSet<>(allowed));
            }
            found.add(name);
        }
        return new PromptTemplate(agent, version, text, Set.copyOf(found));
    }

    public String version() { return version; }

    public Set<String> variables() { return variables; }

    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(agent + " prompt " + version + " needs {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
