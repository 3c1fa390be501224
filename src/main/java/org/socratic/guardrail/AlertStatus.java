package org.socratic.guardrail;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the handling of a safety alert stands: nobody has taken it up, someone has, or it is dealt with. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    /** As stored in {@code safety_alerts.status} and shown by the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@code status} query value; the message names the parameter and the values it takes. */
    public static AlertStatus parse(String value) {
        return Arrays.stream(values()).filter(s -> s.id().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of "
                        + Arrays.stream(values()).map(AlertStatus::id).collect(Collectors.joining(", "))
                        + " (got \"" + value + "\")"));
    }
}
