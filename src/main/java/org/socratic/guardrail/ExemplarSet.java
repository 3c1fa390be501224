package org.socratic.guardrail;

import java.util.List;
import java.util.Map;

/**
 * The labelled exemplar phrases of {@code guardrails/exemplars/*.yml}, by category, and the benign phrases that
 * keep near misses (homework hyperbole, a history question) from being flagged.
 */
record ExemplarSet(Map<Category, List<String>> byCategory, List<String> benign) {
    ExemplarSet {
        byCategory = Map.copyOf(byCategory);
        benign = List.copyOf(benign);
    }

    static ExemplarSet none() {
        return new ExemplarSet(Map.of(), List.of());
    }

    boolean isEmpty() {
        return byCategory.isEmpty();
    }
}
