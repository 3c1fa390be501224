package org.socratic.curriculum;

import java.util.List;

/** Practises the unlocked skill the student is least likely to know (ties: earlier in topological order). */
public final class LowestMastery implements NextSkillStrategy {
    @Override
    public NextSkillDecision.Practice choose(List<SkillProgress> candidates, SkillGraph graph) {
        SkillProgress weakest = candidates.getFirst();
        for (SkillProgress candidate : candidates) {
            if (candidate.pKnown() < weakest.pKnown()) weakest = candidate;
        }
        String reason = "Practise " + NextSkillStrategy.quoted(graph, weakest.skillId()) + " next: at "
                + NextSkillStrategy.percent(weakest.pKnown()) + " estimated mastery it is the weakest of the "
                + candidates.size() + " skills whose prerequisites are mastered.";
        return new NextSkillDecision.Practice(weakest.skillId(), reason);
    }
}
