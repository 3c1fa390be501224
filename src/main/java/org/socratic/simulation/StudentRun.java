package org.socratic.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.socratic.curriculum.LearnerSnapshot;
import org.socratic.curriculum.NextSkillDecision;
import org.socratic.curriculum.NextSkillSelector;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillProgress;
import org.socratic.learner.Attempt;
import org.socratic.learner.BktParameterSet;
import org.socratic.learner.BktParameters;
import org.socratic.learner.Credibility;
import org.socratic.learner.MasteryChange;
import org.socratic.learner.MasteryState;
import org.socratic.learner.MasteryTracker;
import org.socratic.learner.PlacementDiagnostic;

/**
 * One synthetic student taught from the placement diagnostic to the end of their item budget. The student's
 * answers come from their hidden state (correct with 1 - slip when learned, guess when not); after each item an
 * unlearned skill may be learned (more slowly while a prerequisite is hidden-unlearned). The tutor side is the
 * production code: {@link PlacementDiagnostic}, {@link NextSkillSelector}, {@link MasteryTracker}.
 */
final class StudentRun {
    private static final Instant START = Instant.parse("2026-09-07T08:00:00Z");

    private final SimulatedCurriculum world;
    private final SimulationSettings settings;
    private final PlacementDiagnostic.Placement placement;
    private final boolean[] initiallyKnown;

    /** The student's hidden start and placement, shared by every policy so that they are compared fairly. */
    StudentRun(SimulatedCurriculum world, SimulationSettings settings, SplittableRandom random) {
        this.world = world;
        this.settings = settings;
        this.initiallyKnown = world.initialKnowledge(random);
        this.placement = place(random);
    }

    private PlacementDiagnostic.Placement place(SplittableRandom random) {
        PlacementDiagnostic diagnostic = new PlacementDiagnostic(world.graph(), world.tutorParameters(),
                settings.diagnosticItems(), settings.propagation());
        PlacementDiagnostic.Placement state = diagnostic.start();
        for (Optional<PlacementDiagnostic.Question> q = diagnostic.next(state); q.isPresent();
                q = diagnostic.next(state)) {
            String skill = q.get().skillId();
            state = diagnostic.record(state, skill, answer(world.indexOf(skill), initiallyKnown, random));
        }
        return state;
    }

    private boolean answer(int skill, boolean[] known, SplittableRandom random) {
        double chance = known[skill] ? 1 - world.slip(skill) : world.guess(skill);
        return random.nextDouble() < chance;
    }

    /** Teaches the student with one selector; {@code random} drives the answers and the learning. */
    StudentOutcome teach(NextSkillSelector selector, SplittableRandom random) {
        int n = world.size();
        List<Skill> skills = world.skills();
        BktParameterSet params = world.tutorParameters();
        MasteryTracker tracker = new MasteryTracker(settings.mastery(), Credibility.DEFAULT);
        boolean[] known = initiallyKnown.clone();
        MasteryState[] state = new MasteryState[n];
        int placementMatches = 0;
        int priorMatches = 0;
        double placementError = 0;
        double priorError = 0;
        for (int i = 0; i < n; i++) {
            String id = skills.get(i).id();
            double belief = placement.beliefs().get(id);
            state[i] = MasteryState.initial(id, belief);
            if ((belief >= 0.5) == known[i]) placementMatches++;
            double prior = params.parametersFor(id).prior();
            if ((prior >= 0.5) == known[i]) priorMatches++;
            placementError += Math.pow(belief - (known[i] ? 1 : 0), 2);
            priorError += Math.pow(prior - (known[i] ? 1 : 0), 2);
        }
        int[] practice = new int[n];
        boolean[] everMastered = new boolean[n];
        int firstMasteries = 0;
        int itemsBeforeMastery = 0;
        int declarations = 0;
        int falseDeclarations = 0;
        int lowStakesDeclarations = 0;
        int lowStakesFalse = 0;
        int sinceReview = 0;
        int items = 0;
        Instant now = START;
        for (; items < settings.maxItems(); items++) {
            if (items > 0 && items % settings.itemsPerDay() == 0) {
                now = START.plus(Duration.ofDays(items / settings.itemsPerDay()));
            }
            NextSkillDecision decision = selector.next(world.graph(), snapshot(state, params, sinceReview, now));
            String skillId;
            switch (decision) {
                case NextSkillDecision.Finished finished -> skillId = null;
                case NextSkillDecision.Practice p -> {
                    skillId = p.skillId();
                    sinceReview++;
                }
                case NextSkillDecision.Review r -> {
                    skillId = r.skillId();
                    sinceReview = 0;
                }
            }
            if (skillId == null) break;
            int k = world.indexOf(skillId);
            boolean lowStakes = skills.get(k).lowStakes();
            boolean correct = answer(k, known, random);
            Attempt attempt = Attempt.simple(skillId, "item", correct, now);
            MasteryChange change = tracker.answer(state[k], params.parametersFor(skillId), lowStakes, attempt);
            state[k] = change.after();
            if (decision instanceof NextSkillDecision.Practice) practice[k]++;
            if (change.becameMastered()) {
                declarations++;
                if (!known[k]) falseDeclarations++;
                if (lowStakes) {
                    lowStakesDeclarations++;
                    if (!known[k]) lowStakesFalse++;
                }
                if (!everMastered[k]) {
                    everMastered[k] = true;
                    firstMasteries++;
                    itemsBeforeMastery += practice[k];
                }
            }
            learnOrForget(k, known, random);
            now = now.plusSeconds(60);
        }
        int learnedPractised = 0;
        int missed = 0;
        int masteredAtEnd = 0;
        for (int i = 0; i < n; i++) {
            if (state[i].effectivelyMastered()) masteredAtEnd++;
            if (practice[i] > 0 && known[i]) {
                learnedPractised++;
                if (!state[i].effectivelyMastered()) missed++;
            }
        }
        return new StudentOutcome(items, firstMasteries, itemsBeforeMastery, declarations, falseDeclarations,
                lowStakesDeclarations, lowStakesFalse, learnedPractised, missed, placementMatches, priorMatches, placementError, priorError, n,
                masteredAtEnd);
    }

    private void learnOrForget(int k, boolean[] known, SplittableRandom random) {
        if (known[k]) {
            if (settings.hiddenForget() > 0 && random.nextDouble() < settings.hiddenForget()) known[k] = false;
            return;
        }
        double learn = world.learn(k);
        for (int p : world.prerequisites(k)) {
            if (!known[p]) {
                learn *= settings.prerequisitePenalty();
                break;
            }
        }
        known[k] = random.nextDouble() < learn;
    }

    private LearnerSnapshot snapshot(MasteryState[] state, BktParameterSet params, int sinceReview, Instant now) {
        Map<String, SkillProgress> progress = new HashMap<>();
        for (MasteryState s : state) {
            BktParameters p = params.parametersFor(s.skillId());
            progress.put(s.skillId(), new SkillProgress(s.skillId(), s.pKnown(), p.predictCorrect(s.pKnown()),
                    s.effectivelyMastered(), s.evidence().lastAnsweredAt()));
        }
        return new LearnerSnapshot(progress, sinceReview, now);
    }
}
