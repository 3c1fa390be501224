package org.socratic.curriculum;

import java.util.List;
import java.util.Locale;

/**
 * Chooses which unlocked skill to practise next: the swappable part of next-skill selection. Unlocking and spaced
 * review are the {@link NextSkillSelector}'s; a strategy only ranks the candidates.
 */
public interface NextSkillStrategy {
    /**
     * Picks one of the candidates (skills not mastered whose prerequisites are; never empty, in topological order)
     * and says why in one sentence.
     */
    NextSkillDecision.Practice choose(List<SkillProgress> candidates, SkillGraph graph);

    /** The strategies by their command-line names: {@code zpd}, {@code lowest-mastery}, {@code random}. */
    static NextSkillStrategy named(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "zpd" -> ZoneOfProximalDevelopment.DEFAULT;
            case "lowest-mastery" -> new LowestMastery();
            case "random" -> new RandomSkill(seed);
            default -> throw new IllegalArgumentException("unknown selection policy '" + name
                    + "' (known: zpd, lowest-mastery, random)");
        };
    }

    /** The skill's name in quotes, for reasons. */
    static String quoted(SkillGraph graph, String skillId) {
        return "\"" + graph.skill(skillId).name() + "\"";
    }

    static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }
}
