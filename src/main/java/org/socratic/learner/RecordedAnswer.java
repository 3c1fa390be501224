package org.socratic.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer as kept in the evidence behind a mastery state.
 *
 * @param itemId  the item answered
 * @param correct whether it was right
 * @param weight  how much it counted (1 = fully)
 * @param note    why it counted for less, or empty
 * @param at      when it was given
 */
public record RecordedAnswer(String itemId, boolean correct, double weight, String note, Instant at) {
    public RecordedAnswer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
    }

    boolean fullyCredible() {
        return weight >= 1;
    }
}
