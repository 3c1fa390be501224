package org.socratic.guardrail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How serious a verdict is, lowest first. {@code NONE} is the severity of a message nothing was found in. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    public Severity highest(Severity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
