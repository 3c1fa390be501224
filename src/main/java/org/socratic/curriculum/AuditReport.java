package org.socratic.curriculum;

import java.util.List;

/**
 * What the attempt data says about the prerequisite graph.
 *
 * @param edges   every edge with enough data, most contradicted first
 * @param missing suggested edges that the graph does not draw, strongest first
 */
public record AuditReport(AuditOptions options, int students, int attempts, List<EdgeFinding> edges,
        List<MissingEdge> missing) {
    public AuditReport {
        edges = List.copyOf(edges);
        missing = List.copyOf(missing);
    }

    public List<EdgeFinding> flagged() {
        return edges.stream().filter(EdgeFinding::flagged).toList();
    }

    /**
     * An edge prerequisite -> skill: of the students who had mastered the prerequisite before they started the
     * skill, how many of their first attempts on the skill were wrong.
     */
    public record EdgeFinding(String prerequisite, String skill, int students, int attempts, int failures,
            boolean flagged) {
        public double failureRate() {
            return attempts == 0 ? 0 : (double) failures / attempts;
        }

        public String reason() {
            return String.format("%d students mastered %s before starting %s; %.0f%% of their first attempts on %s "
                    + "were wrong", students, prerequisite, skill, 100 * failureRate(), skill);
        }
    }

    /**
     * A skill that seems to be needed for another although the graph does not say so: students who had not
     * mastered {@code candidate} failed {@code skill} far more often than students who had.
     */
    public record MissingEdge(String candidate, String skill, int studentsWith, double failureWith, int studentsWithout,
            double failureWithout) {
        public double gap() {
            return failureWithout - failureWith;
        }

        public String reason() {
            return String.format("first attempts on %s failed %.0f%% of the time without %s mastered (%d students) "
                    + "and %.0f%% with it (%d students)", skill, 100 * failureWithout, candidate, studentsWithout,
                    100 * failureWith, studentsWith);
        }
    }
}
