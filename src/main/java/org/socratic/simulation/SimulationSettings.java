package org.socratic.simulation;

import java.util.Objects;
import org.socratic.curriculum.SpacedReview;
import org.socratic.learner.MasteryPolicy;

/**
 * How simulated students are taught.
 *
 * @param mastery             the mastery policy under test
 * @param review              when retention checks are interleaved
 * @param maxItems            practice and review items per student at most (after the diagnostic)
 * @param itemsPerDay         items in one day's session; the clock then moves to the next day
 * @param diagnosticItems     placement items (0 = no diagnostic: every skill starts at the population prior)
 * @param propagation         the placement diagnostic's evidence decay over the graph
 * @param prerequisitePenalty factor on the learning rate while a hidden prerequisite is unlearned
 * @param hiddenForget        chance per item that a learned skill is forgotten (0 = no forgetting)
 */
record SimulationSettings(MasteryPolicy mastery, SpacedReview review, int maxItems, int itemsPerDay,
        int diagnosticItems, double propagation, double prerequisitePenalty, double hiddenForget) {
    SimulationSettings {
        Objects.requireNonNull(mastery, "mastery");
        Objects.requireNonNull(review, "review");
        if (maxItems < 1 || itemsPerDay < 1) throw new IllegalArgumentException("item counts must be at least 1");
        if (diagnosticItems < 0) throw new IllegalArgumentException("diagnostic items must be >= 0");
        if (!(prerequisitePenalty >= 0 && prerequisitePenalty <= 1)) {
            throw new IllegalArgumentException("prerequisite penalty must be in [0, 1]");
        }
        if (!(hiddenForget >= 0 && hiddenForget < 1)) throw new IllegalArgumentException("forget must be in [0, 1)");
    }

    SimulationSettings withMastery(MasteryPolicy policy) {
        return new SimulationSettings(policy, review, maxItems, itemsPerDay, diagnosticItems, propagation,
                prerequisitePenalty, hiddenForget);
    }
}
