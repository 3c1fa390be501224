package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which grades go on the record and which go to the teacher, with the defaults of application.yml. */
class GradingPolicyTest {
    private final GradingPolicy policy = new GradingPolicy(GradingThresholds.defaults());

    private static ModelOutcome proposed(double score, double confidence) {
        return new ModelOutcome.Proposed(new GradeProposal(score, 4, List.of(), null, "A rationale.", confidence));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            4 | 0.90 | 0.91 | recorded       | a confident full score for an answer close to a reference
            0 | 0.90 | 0.60 | recorded       | a confident zero for an answer unlike every reference
            2 | 0.80 | 0.95 | recorded       | a middle score is never contradicted by similarity
            2 | 0.80 | 0.40 | recorded       | a middle score for a dissimilar answer stands too
            4 | 0.69 | 0.95 | pending_review | confidence just below the threshold
            3 | 0.95 | 0.70 | pending_review | a high score for an answer unlike every reference
            0 | 0.95 | 0.90 | pending_review | a zero for an answer close to a reference
            1 | 0.95 | 0.86 | pending_review | a low score at the high-similarity threshold
            3 | 0.95 | 0.82 | recorded       | a high score at the low-similarity threshold
            """)
    void decides_by_confidence_and_agreement(double score, double confidence, double similarity, String status, String why) {
        GradeDecision d = policy.decide(proposed(score, confidence), new Similarity(similarity, 0));
        assertEquals(status, d.status().dbValue(), d.reason());
    }

    @Test
    void every_decision_says_why() {
        assertTrue(policy.decide(proposed(4, 0.5), new Similarity(0.9, 0)).reason().startsWith("low confidence"));
        assertTrue(policy.decide(proposed(4, 0.9), new Similarity(0.5, 0)).reason().contains("unlike every reference"));
        assertTrue(policy.decide(proposed(0, 0.9), new Similarity(0.95, 1)).reason().contains("close to reference answer 2"));
        assertTrue(policy.decide(proposed(4, 0.9), new Similarity(0.95, 1)).reason().contains("does not contradict"));
    }

    @Test
    void no_reply_or_an_unusable_reply_is_queued() {
        GradeDecision down = policy.decide(new ModelOutcome.Unavailable("timeout"), new Similarity(0.9, 0));
        assertEquals(GradeStatus.PENDING_REVIEW, down.status());
        assertEquals("grading model unavailable", down.reason());
        GradeDecision bad = policy.decide(new ModelOutcome.Unreadable(List.of("the model's reply is not JSON")),
                new Similarity(0.9, 0));
        assertEquals(GradeStatus.PENDING_REVIEW, bad.status());
        assertTrue(bad.reason().contains("not JSON"), bad.reason());
    }

    @Test
    void without_the_independent_signal_a_grade_is_not_trusted() {
        assertEquals(GradeStatus.PENDING_REVIEW, policy.decide(proposed(4, 0.99), Similarity.UNKNOWN).status());
    }

    @Test
    void thresholds_that_make_no_sense_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new GradingThresholds(1.5, 0.75, 0.25, 0.8, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new GradingThresholds(0.7, 0.25, 0.75, 0.8, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new GradingThresholds(0.7, 0.75, 0.25, 0.9, 0.8));
    }
}
