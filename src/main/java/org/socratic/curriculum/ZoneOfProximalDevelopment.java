package org.socratic.curriculum;

import java.util.List;

/**
 * Prefers the skill whose predicted success lies in a band, neither too easy nor too hard: the one nearest the
 * middle of the band, else, when none is inside, the one nearest the band. Ties go to the earlier skill in
 * topological order.
 *
 * @param low  lowest predicted success in the zone
 * @param high highest predicted success in the zone
 */
public record ZoneOfProximalDevelopment(double low, double high) implements NextSkillStrategy {
    public static final ZoneOfProximalDevelopment DEFAULT = new ZoneOfProximalDevelopment(0.5, 0.85);

    public ZoneOfProximalDevelopment {
        if (!(low >= 0 && low < high && high <= 1)) throw new IllegalArgumentException("the band must satisfy "
                + "0 <= low < high <= 1, got " + low + ".." + high);
    }

    @Override
    public NextSkillDecision.Practice choose(List<SkillProgress> candidates, SkillGraph graph) {
        SkillProgress best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        double middle = (low + high) / 2;
        for (SkillProgress candidate : candidates) {
            double p = candidate.predictedSuccess();
            double outside = p < low ? low - p : p > high ? p - high : 0;
            double score = outside > 0 ? 1 + outside : Math.abs(p - middle); // inside the band always ranks first
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        String band = Math.round(low * 100) + "-" + NextSkillStrategy.percent(high);
        String skill = NextSkillStrategy.quoted(graph, best.skillId());
        String success = NextSkillStrategy.percent(best.predictedSuccess());
        String prerequisites = graph.prerequisitesOf(best.skillId()).isEmpty() ? "it has no prerequisites"
                : "its prerequisites are mastered";
        String reason = bestScore < 1
                ? "Practise " + skill + " next: its predicted success of " + success + " is inside the " + band
                        + " zone of proximal development, and " + prerequisites + "."
                : "Practise " + skill + " next: no unlocked skill is inside the " + band + " zone of proximal "
                        + "development, and its predicted success of " + success + " is the closest to it.";
        return new NextSkillDecision.Practice(best.skillId(), reason);
    }
}
