package org.socratic.guardrail;

import java.util.regex.Pattern;

/**
 * One kind of personal information (an email, a phone number, a street address ...) and its placeholder. When the
 * pattern has a group named {@code pii}, only that group is personal ("my name is <pii>").
 */
record PiiRecogniser(String name, String placeholder, Pattern pattern) {
    PiiRecogniser {
        if (name == null || placeholder == null || pattern == null) throw new IllegalArgumentException("all required");
    }

    boolean hasPiiGroup() {
        return pattern.pattern().contains("(?<pii>");
    }
}
