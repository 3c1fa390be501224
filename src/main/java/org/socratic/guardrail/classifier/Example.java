package org.socratic.guardrail.classifier;

import java.util.Set;

/** One labelled text for training: its features and the labels it carries (none for a benign text). */
public record Example(Features features, Set<String> labels) {
    public Example {
        labels = Set.copyOf(labels);
    }
}
