package org.socratic.curriculum;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.socratic.curriculum.InvalidSkillGraphException.GraphProblem;

/**
 * The prerequisite graph of skills: a validated directed acyclic graph, immutable once built. An edge A -> B means
 * A is a prerequisite of B (B lists A under {@code prerequisites}).
 */
public final class SkillGraph {
    private final List<Skill> ordered;
    private final Map<String, Skill> byId;
    private final Map<String, List<String>> dependents;
    private final int edgeCount;

    private SkillGraph(List<Skill> ordered, Map<String, List<String>> dependents) {
        this.ordered = List.copyOf(ordered);
        Map<String, Skill> index = new LinkedHashMap<>();
        ordered.forEach(s -> index.put(s.id(), s));
        this.byId = Collections.unmodifiableMap(index);
        this.dependents = dependents;
        this.edgeCount = ordered.stream().mapToInt(s -> s.prerequisites().size()).sum();
    }

    /**
     * Reads {@code skills.yml} in {@code contentDir}. A malformed entry, a duplicate id, an unknown prerequisite or a
     * cycle is a {@link org.socratic.config.ConfigException} naming the file, the line and the skills.
     */
    public static SkillGraph load(Path contentDir) {
        return SkillGraphFile.read(contentDir.resolve("skills.yml"));
    }

    /**
     * Builds and validates a graph. Throws {@link InvalidSkillGraphException} listing every duplicate id, every
     * prerequisite that names no skill and one cycle (with its skills in order) if there is any.
     */
    public static SkillGraph of(List<Skill> skills) {
        List<GraphProblem> problems = new ArrayList<>();
        Map<String, Skill> byId = new LinkedHashMap<>();
        for (Skill skill : skills) {
            if (byId.putIfAbsent(skill.id(), skill) != null) {
                problems.add(new GraphProblem(skill.id(), List.of(skill.id()), "skill " + skill.id() + " is defined twice"));
            }
        }
        for (Skill skill : byId.values()) {
            for (String prerequisite : skill.prerequisites()) {
                if (!byId.containsKey(prerequisite)) {
                    problems.add(new GraphProblem(skill.id(), List.of(skill.id(), prerequisite), "skill " + skill.id()
                            + " lists prerequisite " + prerequisite + ", which is not a skill (dangling edge)"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidSkillGraphException(problems);
        List<String> cycle = findCycle(byId);
        if (!cycle.isEmpty()) {
            String path = String.join(" -> ", cycle);
            throw new InvalidSkillGraphException(List.of(new GraphProblem(cycle.getFirst(), cycle,
                    "prerequisites form a cycle: " + path)));
        }
        return new SkillGraph(topologicalOrder(byId), dependentsOf(byId));
    }

    /** Every skill, prerequisites before the skills that need them (ties keep file order). */
    public List<Skill> skills() {
        return ordered;
    }

    /** The skill with this id; an unknown id is a {@link NoSuchElementException} naming it. */
    public Skill skill(String id) {
        Skill skill = byId.get(id);
        if (skill == null) throw new NoSuchElementException("unknown skill '" + id + "'");
        return skill;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Direct prerequisites of a skill, in file order. */
    public List<String> prerequisitesOf(String id) {
        return skill(id).prerequisites();
    }

    /** Skills that list this one as a direct prerequisite, in topological order. */
    public List<String> dependentsOf(String id) {
        skill(id);
        return dependents.getOrDefault(id, List.of());
    }

    /** Every skill reachable backwards from this one (prerequisites, their prerequisites...), itself excluded. */
    public Set<String> ancestorsOf(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(prerequisitesOf(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) todo.addAll(prerequisitesOf(next));
        }
        return seen;
    }

    public int size() {
        return ordered.size();
    }

    public int edgeCount() {
        return edgeCount;
    }

    private static List<String> findCycle(Map<String, Skill> byId) {
        Map<String, Integer> state = new HashMap<>(); // absent = unvisited, 1 = on the stack, 2 = done
        for (String start : byId.keySet()) {
            if (state.containsKey(start)) continue;
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> nextChild = new ArrayDeque<>();
            stack.push(start);
            nextChild.push(0);
            state.put(start, 1);
            while (!stack.isEmpty()) {
                String node = stack.peek();
                int child = nextChild.pop();
                List<String> prerequisites = byId.get(node).prerequisites();
                if (child == prerequisites.size()) {
                    state.put(stack.pop(), 2);
                    continue;
                }
                nextChild.push(child + 1);
                String prerequisite = prerequisites.get(child);
                Integer seen = state.get(prerequisite);
                if (seen == null) {
                    state.put(prerequisite, 1);
                    stack.push(prerequisite);
                    nextChild.push(0);
                } else if (seen == 1) {
                    return cycleFrom(stack, prerequisite);
                }
            }
        }
        return List.of();
    }

    /** The stack holds the path from the search's start; the cycle is the part from {@code back} up, as edges A -> B. */
    private static List<String> cycleFrom(Deque<String> stack, String back) {
        List<String> path = new ArrayList<>(stack); // top (deepest) first
        List<String> cycle = new ArrayList<>(path.subList(0, path.indexOf(back) + 1));
        // The stack walks from a skill to its prerequisite; print prerequisite -> dependent, like the edges.
        cycle.add(0, back);
        return cycle;
    }

    private static List<Skill> topologicalOrder(Map<String, Skill> byId) {
        List<Skill> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        // Repeated passes in file order keep the order stable and readable; the graph is small (hundreds of skills).
        while (out.size() < byId.size()) {
            for (Skill skill : byId.values()) {
                if (!placed.contains(skill.id()) && placed.containsAll(skill.prerequisites())) {
                    placed.add(skill.id());
                    out.add(skill);
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> dependentsOf(Map<String, Skill> byId) {
        Map<String, List<String>> out = new HashMap<>();
        for (Skill skill : topologicalOrder(byId)) {
            for (String prerequisite : skill.prerequisites()) {
                out.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(skill.id());
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
