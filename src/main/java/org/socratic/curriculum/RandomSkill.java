package org.socratic.curriculum;

import java.util.List;
import java.util.SplittableRandom;

/** Practises an unlocked skill chosen at random: the baseline the other strategies must beat. Not thread-safe. */
public final class RandomSkill implements NextSkillStrategy {
    private final SplittableRandom random;

    public RandomSkill(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public NextSkillDecision.Practice choose(List<SkillProgress> candidates, SkillGraph graph) {
        SkillProgress pick = candidates.get(random.nextInt(candidates.size()));
        String reason = "Practise " + NextSkillStrategy.quoted(graph, pick.skillId()) + " next: picked at random "
                + "among the " + candidates.size() + " skills whose prerequisites are mastered.";
        return new NextSkillDecision.Practice(pick.skillId(), reason);
    }
}
