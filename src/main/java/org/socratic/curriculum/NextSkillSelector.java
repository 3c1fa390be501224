package org.socratic.curriculum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a student practises next: a due retention check when it is time for one, otherwise the strategy's
 * pick among the skills that are not mastered and whose prerequisites all are (a teacher's override counts as
 * mastered). Stateless apart from the strategy; the decision always carries its reason.
 */
public final class NextSkillSelector {
    private final NextSkillStrategy strategy;
    private final SpacedReview review;

    public NextSkillSelector(NextSkillStrategy strategy, SpacedReview review) {
        this.strategy = strategy;
        this.review = review;
    }

    public NextSkillDecision next(SkillGraph graph, LearnerSnapshot snapshot) {
        List<SkillProgress> candidates = new ArrayList<>();
        SkillProgress mostOverdue = null;
        for (Skill skill : graph.skills()) {
            SkillProgress progress = snapshot.progress(skill.id());
            if (progress.mastered()) {
                if (due(progress, snapshot) && (mostOverdue == null
                        || progress.lastPracticedAt().isBefore(mostOverdue.lastPracticedAt()))) {
                    mostOverdue = progress;
                }
            } else if (skill.prerequisites().stream().allMatch(p -> snapshot.progress(p).mastered())) {
                candidates.add(progress);
            }
        }
        if (mostOverdue != null && (snapshot.itemsSinceReview() >= review.every() || candidates.isEmpty())) {
            return reviewOf(graph, mostOverdue, snapshot);
        }
        if (candidates.isEmpty()) {
            return new NextSkillDecision.Finished("Every skill is mastered and no retention check is due yet.");
        }
        return strategy.choose(List.copyOf(candidates), graph);
    }

    private boolean due(SkillProgress progress, LearnerSnapshot snapshot) {
        return progress.lastPracticedAt() != null
                && !Duration.between(progress.lastPracticedAt(), snapshot.now()).minus(review.after()).isNegative();
    }

    private static NextSkillDecision.Review reviewOf(SkillGraph graph, SkillProgress skill, LearnerSnapshot snapshot) {
        Duration rest = Duration.between(skill.lastPracticedAt(), snapshot.now());
        String since = rest.toDays() >= 2 ? rest.toDays() + " days" : rest.toHours() + " hours";
        return new NextSkillDecision.Review(skill.skillId(), "Review " + NextSkillStrategy.quoted(graph,
                skill.skillId()) + ": it was mastered but not practised for " + since
                + ", so a retention check is due.");
    }
}
