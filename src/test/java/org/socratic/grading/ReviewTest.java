package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What makes a teacher's review valid. */
class ReviewTest {
    private static StoredGrade grade(Double modelScore) {
        return new StoredGrade(1, 2, null, "rp.percent", "rp.percent/discount", "a quarter of 40 is 10", modelScore, 4.0,
                null, 0.5, "r", GradeStatus.PENDING_REVIEW, "low confidence", null, "{}", Instant.now());
    }

    @Test
    void accept_keeps_the_models_score_and_needs_no_reason() {
        Review r = Review.of("accept", null, null, grade(3.0));
        assertEquals(Review.Decision.ACCEPT, r.decision());
        assertEquals(3.0, r.score());
        assertEquals("accepted the model's grade", r.reason());
    }

    @Test
    void an_override_needs_a_score_within_the_rubric_and_a_reason() {
        assertEquals(1.0, Review.of("override", 1.0, "Only the discount is found.", grade(3.0)).score());
        assertMessage("an override needs a reason", () -> Review.of("override", 1.0, "  ", grade(3.0)));
        assertMessage("an override needs a score", () -> Review.of("override", null, "why", grade(3.0)));
        assertMessage("between 0 and 4", () -> Review.of("override", 5.0, "why", grade(3.0)));
        assertMessage("between 0 and 4", () -> Review.of("override", -1.0, "why", grade(3.0)));
    }

    @Test
    void a_grade_the_model_never_scored_can_only_be_overridden() {
        assertMessage("override it with a score", () -> Review.of("accept", null, null, grade(null)));
        assertEquals(2.0, Review.of("override", 2.0, "Read it myself.", grade(null)).score());
    }

    @Test
    void accept_with_a_different_score_is_not_an_accept() {
        assertMessage("to give another score, override", () -> Review.of("accept", 4.0, null, grade(3.0)));
    }

    @Test
    void an_unknown_decision_is_refused() {
        assertMessage("\"accept\" or \"override\"", () -> Review.of("approve", 3.0, "ok", grade(3.0)));
        assertMessage("\"accept\" or \"override\"", () -> Review.of(null, 3.0, "ok", grade(3.0)));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
