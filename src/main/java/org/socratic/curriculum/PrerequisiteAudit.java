package org.socratic.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audits the skill graph against what students did. For every edge A -> B it takes the students who mastered A
 * before their first attempt on B and measures how often their first attempts on B failed; an edge above the
 * threshold is flagged (knowing A was not enough for B). It also looks for likely missing edges C -> B: skills whose
 * mastery before starting B goes with far fewer failures on B, which the graph does not list as B's ancestors.
 * Mastery here is a streak of independent right answers, a transparent rule that needs no fitted model.
 */
public final class PrerequisiteAudit {
    private PrerequisiteAudit() {}

    public static AuditReport run(SkillGraph graph, List<Attempt> attempts, AuditOptions options) {
        Map<Long, List<Attempt>> byStudent = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            if (graph.contains(a.skillId())) byStudent.computeIfAbsent(a.studentId(), k -> new ArrayList<>()).add(a);
        }
        List<StudentHistory> histories = byStudent.values().stream().map(h -> StudentHistory.of(h, options)).toList();
        List<AuditReport.EdgeFinding> edges = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            for (String prerequisite : skill.prerequisites()) {
                Tally t = tally(histories, skill.id(), prerequisite, true);
                if (t.students < options.minStudents()) continue;
                edges.add(new AuditReport.EdgeFinding(prerequisite, skill.id(), t.students, t.attempts, t.failures,
                        t.rate() > options.failureThreshold()));
            }
        }
        edges.sort(Comparator.comparing(AuditReport.EdgeFinding::flagged).reversed()
                .thenComparing(Comparator.comparingDouble(AuditReport.EdgeFinding::failureRate).reversed()));
        return new AuditReport(options, histories.size(), attempts.size(), edges, missing(graph, histories, options));
    }

    private static List<AuditReport.MissingEdge> missing(SkillGraph graph, List<StudentHistory> histories,
            AuditOptions options) {
        List<AuditReport.MissingEdge> out = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            Set<String> ancestors = graph.ancestorsOf(skill.id());
            Set<String> descendants = descendantsOf(graph, skill.id());
            for (Skill candidate : graph.skills()) {
                String c = candidate.id();
                if (c.equals(skill.id()) || ancestors.contains(c) || descendants.contains(c)) continue;
                Tally with = tally(histories, skill.id(), c, true);
                Tally without = tally(histories, skill.id(), c, false);
                if (with.students < options.minStudents() || without.students < options.minStudents()) continue;
                if (without.rate() - with.rate() >= options.missingEdgeGap() && without.rate() > options.failureThreshold()) {
                    out.add(new AuditReport.MissingEdge(c, skill.id(), with.students, with.rate(), without.students,
                            without.rate()));
                }
            }
        }
        out.sort(Comparator.comparingDouble(AuditReport.MissingEdge::gap).reversed());
        return out;
    }

    private static Set<String> descendantsOf(SkillGraph graph, String id) {
        Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(graph.dependentsOf(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) todo.addAll(graph.dependentsOf(next));
        }
        return seen;
    }

    /** First attempts on {@code skill} of the students who had (or had not) mastered {@code other} before them. */
    private static Tally tally(List<StudentHistory> histories, String skill, String other, boolean mastered) {
        Tally t = new Tally();
        for (StudentHistory h : histories) {
            Integer start = h.firstAttempt.get(skill);
            if (start == null) continue;
            Integer masteredAt = h.masteredAt.get(other);
            boolean before = masteredAt != null && masteredAt < start;
            if (before != mastered) continue;
            List<Boolean> first = h.firstResults.get(skill);
            t.students++;
            t.attempts += first.size();
            t.failures += (int) first.stream().filter(ok -> !ok).count();
        }
        return t;
    }

    private static final class Tally {
        int students;
        int attempts;
        int failures;

        double rate() {
            return attempts == 0 ? 0 : (double) failures / attempts;
        }
    }

    /** One student's attempts reduced to what the audit needs: positions in their own sequence. */
    private record StudentHistory(Map<String, Integer> firstAttempt, Map<String, Integer> masteredAt,
            Map<String, List<Boolean>> firstResults) {
        static StudentHistory of(List<Attempt> attempts, AuditOptions options) {
            Map<String, Integer> first = new HashMap<>();
            Map<String, Integer> mastered = new HashMap<>();
            Map<String, Integer> streak = new HashMap<>();
            Map<String, List<Boolean>> results = new HashMap<>();
            for (int i = 0; i < attempts.size(); i++) {
                Attempt a = attempts.get(i);
                first.putIfAbsent(a.skillId(), i);
                List<Boolean> r = results.computeIfAbsent(a.skillId(), k -> new ArrayList<>());
                // A right answer after the worked solution counts as a failure: the student needed the answer shown.
                if (r.size() < options.firstAttempts()) r.add(a.independentCorrect());
                if (!a.afterWorkedSolution()) {
                    int s = a.correct() ? streak.getOrDefault(a.skillId(), 0) + 1 : 0;
                    streak.put(a.skillId(), s);
                    if (s >= options.masteryStreak()) mastered.putIfAbsent(a.skillId(), i);
                }
            }
            return new StudentHistory(first, mastered, results);
        }
    }
}
