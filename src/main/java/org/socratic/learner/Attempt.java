package org.socratic.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer to one item, as the learner model needs it.
 *
 * @param skillId             the skill the item practises
 * @param itemId              the item (for the evidence a teacher sees)
 * @param correct             whether the checker accepted the answer
 * @param responseTimeMillis  time taken to answer, or -1 when unknown
 * @param minPlausibleMillis  the item's plausible minimum answer time, or 0 to use the default
 * @param afterWorkedSolution whether the item's worked solution had been shown before the answer
 * @param at                  when the answer was given
 */
public record Attempt(String skillId, String itemId, boolean correct, long responseTimeMillis,
        long minPlausibleMillis, boolean afterWorkedSolution, Instant at) {
    public Attempt {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(at, "at");
        if (responseTimeMillis < -1) throw new IllegalArgumentException("response time must be >= 0, or -1");
        if (minPlausibleMillis < 0) throw new IllegalArgumentException("plausible minimum must be >= 0");
    }

    /** An unaided answer of unknown duration. */
    public static Attempt simple(String skillId, String itemId, boolean correct, Instant at) {
        return new Attempt(skillId, itemId, correct, -1, 0, false, at);
    }
}
