package org.socratic.content;

import java.util.Locale;

/**
 * The kinds of answer an item family can declare. For number, fraction and scientific the family's {@code answer}
 * is an expression computed from the parameters; for the others it is a template whose slots are filled in.
 */
public enum AnswerKind {
    NUMBER, FRACTION, SCIENTIFIC, EXPRESSION, EQUATION, INEQUALITY, POINT, RATIO, CHOICE;

    boolean computed() {
        return this == NUMBER || this == FRACTION || this == SCIENTIFIC;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
