package org.socratic.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The criteria an explanation is scored against; the score is the sum of the points of the criteria met. */
public record Rubric(List<Criterion> criteria) {
    public Rubric {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) throw new IllegalArgumentException("a rubric needs at least one criterion");
        Set<String> ids = new HashSet<>();
        for (Criterion c : criteria) {
            if (!ids.add(c.id())) throw new IllegalArgumentException("criterion " + c.id() + " appears twice");
        }
    }

    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return criteria.stream().map(Criterion::id).toList();
    }

    /** The rubric as the grading prompt shows it, one criterion a line. */
    String forPrompt() {
        StringBuilder out = new StringBuilder();
        for (Criterion c : criteria) {
            out.append("- ").append(c.id()).append(" (").append(c.points()).append(c.points() == 1 ? " point" : " points")
                    .append("): ").append(c.description()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
