package org.socratic.grading;

import java.util.Objects;

/** A criterion the model says the explanation meets, with the words of the explanation that show it. */
public record CriterionMet(String criterion, String evidence) {
    public CriterionMet {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(evidence, "evidence");
    }
}
