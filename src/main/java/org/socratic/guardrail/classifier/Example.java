package org.socratic.guardrail.classifier;

import java.util.Set;

/**
 * One labelled text for training: its features, the labels it carries (none for a benign text), and how much it
 * counts. A weight above 1 stands for texts more common in real use than in the labelled sets (everyday chat).
 */
public record Example(Features features, Set<String> labels, double weight) {
    public Example {
        labels = Set.copyOf(labels);
        if (!(weight > 0)) throw new IllegalArgumentException("an example's weight must be positive");
    }

    public Example(Features features, Set<String> labels) {
        this(features, labels, 1);
    }
}
