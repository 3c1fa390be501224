package org.socratic.llm;

import java.util.Locale;

/** A model provider an agent can be configured with. */
public enum Provider {
    OLLAMA, OPENAI;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Parses the spelling used in {@code agents/*.yml}; null when unknown. */
    public static Provider parse(String value) {
        for (Provider p : values()) {
            if (p.id().equals(value)) return p;
        }
        return null;
    }
}
