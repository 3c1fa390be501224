package org.socratic.learner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/**
 * The placement diagnostic: a few items, chosen adaptively over the skill graph, that set a new student's prior on
 * every skill. Each item goes to the skill whose answer is expected to remove the most uncertainty (entropy, summed
 * over all skills). An answer is full evidence on its own skill; a correct answer is also evidence for the skill's
 * prerequisites and a wrong one against its dependents, tempered by {@code propagation} per step of distance
 * (a grandparent gets {@code propagation^2}). Pure: each step returns a new {@link Placement}.
 */
public final class PlacementDiagnostic {
    /** At most this many items, as the design asks. */
    public static final int MAX_ITEMS = 8;
    /**
     * The propagation chosen with the simulator (see docs/learner.md): no decay placed best. The simulated graph is
     * strict (a skill is only ever known with its prerequisites); a looser real graph may want less.
     */
    public static final double DEFAULT_PROPAGATION = 1.0;
    private static final double MIN_GAIN_BITS = 0.02;

    private final SkillGraph graph;
    private final BktParameterSet parameters;
    private final int maxItems;
    private final double propagation;
    private final Map<String, Map<String, Integer>> ancestors = new HashMap<>();
    private final Map<String, Map<String, Integer>> descendants = new HashMap<>();

    public PlacementDiagnostic(SkillGraph graph, BktParameterSet parameters, int maxItems, double propagation) {
        if (maxItems < 0 || maxItems > MAX_ITEMS) throw new IllegalArgumentException("max items must be 0.." + MAX_ITEMS);
        if (!(propagation >= 0 && propagation <= 1)) throw new IllegalArgumentException("propagation must be in [0, 1]");
        this.graph = graph;
        this.parameters = parameters;
        this.maxItems = maxItems;
        this.propagation = propagation;
        for (Skill skill : graph.skills()) {
            ancestors.put(skill.id(), distances(skill.id(), true));
            descendants.put(skill.id(), distances(skill.id(), false));
        }
    }

    /** One answered diagnostic item. */
    public record Step(String skillId, boolean correct) {}

    /** The next item to give, and why. */
    public record Question(String skillId, String reason) {}

    /**
     * The diagnostic's state.
     *
     * @param beliefs probability that each skill is known: the new student's priors
     * @param steps   the items answered so far
     */
    public record Placement(Map<String, Double> beliefs, List<Step> steps) {
        public Placement {
            beliefs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(beliefs));
            steps = List.copyOf(steps);
        }
    }

    /** Before any item: every skill at its prior. */
    public Placement start() {
        Map<String, Double> beliefs = new LinkedHashMap<>();
        for (Skill skill : graph.skills()) beliefs.put(skill.id(), parameters.parametersFor(skill.id()).prior());
        return new Placement(beliefs, List.of());
    }

    /** The next item, or empty when the item budget is spent or no answer would tell much any more. */
    public Optional<Question> next(Placement placement) {
        if (placement.steps().size() >= maxItems) return Optional.empty();
        double now = entropy(placement.beliefs());
        String best = null;
        double bestGain = MIN_GAIN_BITS;
        for (Skill skill : graph.skills()) {
            String id = skill.id();
            if (placement.steps().stream().anyMatch(s -> s.skillId().equals(id))) continue;
            double pCorrect = parameters.parametersFor(id).predictCorrect(placement.beliefs().get(id));
            double after = pCorrect * entropy(apply(placement.beliefs(), id, true))
                    + (1 - pCorrect) * entropy(apply(placement.beliefs(), id, false));
            double gain = now - after;
            if (gain > bestGain) {
                best = id;
                bestGain = gain;
            }
        }
        if (best == null) return Optional.empty();
        int up = ancestors.get(best).size();
        int down = descendants.get(best).size();
        String related = up == 0 && down == 0 ? "on its own"
                : "as evidence on " + (up == 0 ? "" : up + " prerequisite skill" + (up == 1 ? "" : "s"))
                        + (up > 0 && down > 0 ? " and " : "")
                        + (down == 0 ? "" : down + " dependent skill" + (down == 1 ? "" : "s"));
        String reason = String.format(Locale.ROOT, "Ask about \"%s\": its answer is expected to tell the most about "
                + "the graph (%.2f bits), %s.", graph.skill(best).name(), bestGain, related);
        return Optional.of(new Question(best, reason));
    }

    /** The placement after an answer on a skill. */
    public Placement record(Placement placement, String skillId, boolean correct) {
        graph.skill(skillId);
        List<Step> steps = new java.util.ArrayList<>(placement.steps());
        steps.add(new Step(skillId, correct));
        return new Placement(apply(placement.beliefs(), skillId, correct), steps);
    }

    private Map<String, Double> apply(Map<String, Double> beliefs, String skillId, boolean correct) {
        Map<String, Double> out = new LinkedHashMap<>(beliefs);
        out.put(skillId, parameters.parametersFor(skillId).observe(beliefs.get(skillId), correct, 1));
        Map<String, Integer> related = correct ? ancestors.get(skillId) : descendants.get(skillId);
        for (Map.Entry<String, Integer> e : related.entrySet()) {
            double weight = Math.pow(propagation, e.getValue());
            out.put(e.getKey(), parameters.parametersFor(e.getKey()).observe(beliefs.get(e.getKey()), correct, weight));
        }
        return out;
    }

    private static double entropy(Map<String, Double> beliefs) {
        double bits = 0;
        for (double p : beliefs.values()) {
            if (p > 0 && p < 1) bits -= p * Math.log(p) / Math.log(2) + (1 - p) * Math.log(1 - p) / Math.log(2);
        }
        return bits;
    }

    /** Shortest distance to every skill reachable through prerequisites (up) or dependents (down). */
    private Map<String, Integer> distances(String from, boolean up) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        distance.put(from, 0);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : up ? graph.prerequisitesOf(at) : graph.dependentsOf(at)) {
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        distance.remove(from);
        return distance;
    }
}
