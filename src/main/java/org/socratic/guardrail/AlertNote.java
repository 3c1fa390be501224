package org.socratic.guardrail;

/**
 * What the adult did about an alert, in a sentence or a short paragraph: required to resolve one. Trimmed; the
 * messages name the field so a client can point at it.
 */
public record AlertNote(String text) {
    public static final int MAX_LENGTH = 1000;

    public AlertNote {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("note is required: say briefly what was done about the alert");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("note is at most " + MAX_LENGTH + " characters (got " + text.length() + ")");
        }
    }
}
