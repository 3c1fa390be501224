package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
    @Test
    void counts_at_a_threshold() {
        Thresholds.Outcome o = Thresholds.at(0.5, new double[] {0.9, 0.6, 0.4, 0.7, 0.1},
                new boolean[] {true, true, true, false, false});
        assertEquals(2.0, o.truePositives());
        assertEquals(1.0, o.falsePositives());
        assertEquals(1.0, o.falseNegatives());
        assertEquals(2.0 / 3, o.precision(), 1e-9);
        assertEquals(2.0 / 3, o.recall(), 1e-9);
        assertEquals(2.0 / 3, o.f(1), 1e-9);
    }

    @Test
    void separable_scores_get_a_threshold_between_the_classes() {
        Thresholds.Outcome o = Thresholds.best(new double[] {0.9, 0.8, 0.3, 0.2}, new boolean[] {true, true, false, false}, 1);
        assertEquals(1.0, o.f(1), 1e-9);
        assertTrue(o.threshold() > 0.3 && o.threshold() <= 0.8, "threshold " + o.threshold());
    }

    @Test
    void favouring_recall_lowers_the_threshold_where_the_classes_overlap() {
        double[] scores = {0.95, 0.9, 0.85, 0.4, 0.35, 0.3, 0.38, 0.2, 0.1, 0.05};
        boolean[] truth = {true, true, true, true, true, false, false, false, false, false};
        Thresholds.Outcome recallFirst = Thresholds.best(scores, truth, 2);
        Thresholds.Outcome precisionFirst = Thresholds.best(scores, truth, 0.5);
        assertTrue(recallFirst.threshold() < precisionFirst.threshold(),
                recallFirst.threshold() + " vs " + precisionFirst.threshold());
        assertEquals(1.0, recallFirst.recall(), 1e-9);
        assertEquals(1.0, precisionFirst.precision(), 1e-9);
    }

    @Test
    void mismatched_arrays_and_a_bad_beta_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Thresholds.at(0.5, new double[2], new boolean[3]));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.best(new double[1], new boolean[1], 0));
    }

    @Test
    void thresholds_are_whole_hundredths_and_ties_favour_recall_only_when_recall_comes_first() {
        double[] scores = {0.9, 0.2};
        boolean[] truth = {true, false};
        Thresholds.Outcome recallFirst = Thresholds.best(scores, truth, 2);
        Thresholds.Outcome precisionFirst = Thresholds.best(scores, truth, 0.5);
        assertEquals(0.21, recallFirst.threshold(), 1e-12, "the lowest threshold that still keeps the benign text out");
        assertEquals(0.9, precisionFirst.threshold(), 1e-12, "the highest that still catches the positive");
        assertEquals(0.95, Thresholds.best(new double[] {0.1}, new boolean[] {false}, 1).threshold(), 0.0,
                "no drift from adding steps");
    }
}
