package org.socratic.curriculum;

import java.util.List;

/** The skills do not form a valid graph: each problem names the skills involved. */
public final class InvalidSkillGraphException extends IllegalArgumentException {
    private final List<GraphProblem> problems;

    InvalidSkillGraphException(List<GraphProblem> problems) {
        super(String.join("; ", problems.stream().map(GraphProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<GraphProblem> problems() {
        return problems;
    }

    /**
     * One thing wrong with the graph.
     *
     * @param skillId the skill where the problem shows (the one whose entry should be edited)
     * @param skills  every skill involved, for a cycle the whole cycle in order
     */
    public record GraphProblem(String skillId, List<String> skills, String message) {
        public GraphProblem {
            skills = List.copyOf(skills);
        }
    }
}
