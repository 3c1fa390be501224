package org.socratic.guardrail;

import java.util.Locale;

/** Whether a text is a student's input or an agent's output; stored as {@code input} / {@code output}. */
public enum Direction {
    INPUT, OUTPUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
