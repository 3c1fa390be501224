package org.socratic.agent.curriculum;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.socratic.content.ContentBank;
import java.util.Optional;
import org.socratic.content.Item;
import org.socratic.content.Misconception;
import org.socratic.generation.TargetedItem;
import org.socratic.generation.TargetedPractice;
import org.socratic.curriculum.LearnerSnapshot;
import org.socratic.curriculum.NextSkillDecision;
import org.socratic.curriculum.NextSkillSelector;
import org.socratic.curriculum.NextSkillStrategy;
import org.socratic.curriculum.SkillGraph;
import org.socratic.curriculum.SkillProgress;
import org.socratic.curriculum.SpacedReview;
import org.socratic.curriculum.ZoneOfProximalDevelopment;
import org.socratic.learner.BktParameterSet;
import org.socratic.learner.BktParameterStore;
import org.socratic.learner.MasteryState;

/**
 * Picks what a student practises next: the skill (zone of proximal development among skills whose prerequisites
 * are mastered, with spaced review of mastered ones) and an item of it whose difficulty follows the student's
 * predicted success. An algorithm, not a model: every choice carries the selector's one-sentence reason.
 */
@Singleton
public class CurriculumAgent {
    private final SkillGraph graph;
    private final ContentBank bank;
    private final BktParameterStore parameters;
    private final NextSkillSelector selector;
    private final Clock clock;
    private final TargetedPractice generated;
    private static final String GENERATED_PREFIX = "gen:";
    private final Map<String, Item> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Item> eldest) {
            return size() > 10_000;
        }
    };

    @jakarta.inject.Inject
    CurriculumAgent(SkillGraph graph, ContentBank bank, BktParameterStore parameters, TargetedPractice generated) {
        this(graph, bank, parameters, generated,
                new NextSkillSelector(ZoneOfProximalDevelopment.DEFAULT, SpacedReview.DEFAULT), Clock.systemUTC());
    }

    CurriculumAgent(SkillGraph graph, ContentBank bank, BktParameterStore parameters, TargetedPractice generated,
                    NextSkillSelector selector, Clock clock) {
        this.generated = generated;
        this.graph = graph;
        this.bank = bank;
        this.parameters = parameters;
        this.selector = selector;
        this.clock = clock;
    }

    /** What to practise next, given the student's states (skills without a state start at their prior). */
    public NextSkillDecision nextSkill(Map<String, MasteryState> states, int itemsSinceReview) {
        BktParameterSet params = parameters.current();
        Map<String, SkillProgress> progress = new HashMap<>();
        for (var skill : graph.skills()) {
            MasteryState state = states.getOrDefault(skill.id(),
                    MasteryState.initial(skill.id(), params.parametersFor(skill.id()).prior()));
            Instant last = state.evidence().lastAnsweredAt();
            progress.put(skill.id(), new SkillProgress(skill.id(), state.pKnown(),
                    params.parametersFor(skill.id()).predictCorrect(state.pKnown()), state.effectivelyMastered(), last));
        }
        return selector.next(graph, new LearnerSnapshot(progress, itemsSinceReview, clock.instant()));
    }

    /**
     * An item of the skill at a difficulty (1-5) matching the student's chance of success: harder items as the
     * skill firms up. The seed makes it reproducible and different each time.
     */
    public Item itemFor(String skillId, double pKnown, long seed) {
        int difficulty = 1 + (int) Math.round(Math.max(0, Math.min(1, pKnown)) * 4);
        Item item = bank.itemFor(skillId, difficulty, seed);
        synchronized (recent) {
            recent.put(item.id(), item);
        }
        return item;
    }

    /** The item with this id (items are regenerated from their id; recent ones are kept, as drawing them is not free). */
    public Item item(String itemId) {
        synchronized (recent) {
            Item cached = recent.get(itemId);
            if (cached != null) return cached;
        }
        Item item = itemId.startsWith(GENERATED_PREFIX)
                ? generated.item(itemId).orElseThrow(() -> new java.util.NoSuchElementException("no kept item " + itemId))
                : bank.item(itemId);
        synchronized (recent) {
            recent.put(itemId, item);
        }
        return item;
    }

    /**
     * Practice aimed at a misconception the student showed: an authored family that lists it, else an item the
     * model drafts and the checker confirms; empty when neither is to be had (the usual draw follows).
     */
    public Optional<TargetedItem> targeted(String skillId, Misconception misconception, int grade, long studentId,
                                           java.util.UUID sessionId) {
        TargetedItem targeted = generated.targetedItem(skillId, misconception, grade, studentId, sessionId);
        targeted.item().ifPresent(item -> {
            synchronized (recent) {
                recent.put(item.id(), item);
            }
        });
        return targeted.item().isPresent() ? Optional.of(targeted) : Optional.empty();
    }

    public SkillGraph graph() { return graph; }
}
