package org.socratic.curriculum;

import java.time.Duration;
import java.util.Objects;

/**
 * When to interleave a retention check: a mastered skill not practised for at least {@code after} is due, and a
 * due review is given once at least {@code every} items were practised since the last review.
 *
 * @param after how long a mastered skill rests before a retention check (48 hours by default)
 * @param every items between two reviews at most as often as this
 */
public record SpacedReview(Duration after, int every) {
    public static final SpacedReview DEFAULT = new SpacedReview(Duration.ofHours(48), 4);

    public SpacedReview {
        Objects.requireNonNull(after, "after");
        if (after.isNegative()) throw new IllegalArgumentException("the review interval must be >= 0");
        if (every < 1) throw new IllegalArgumentException("reviews need at least one item between them");
    }
}
