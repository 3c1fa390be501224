package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PredictionMetricsTest {
    @Test
    void aucCountsPairsRankedRight() {
        // positives 0.35, 0.8 against negatives 0.1, 0.4: 3 of 4 pairs right
        PredictionMetrics m = PredictionMetrics.of(new double[] {0.1, 0.4, 0.35, 0.8},
                new boolean[] {false, false, true, true}, 4);
        assertEquals(0.75, m.auc(), 1e-12);
        assertEquals(Math.sqrt((0.01 + 0.16 + 0.4225 + 0.04) / 4), m.rmse(), 1e-12);
        assertEquals(0.75, m.accuracy(), 1e-12); // only the positive at 0.35 is on the wrong side of 0.5
    }

    @Test
    void tiesCountHalf() {
        PredictionMetrics m = PredictionMetrics.of(new double[] {0.5, 0.5, 0.5, 0.5},
                new boolean[] {true, false, true, false}, 4);
        assertEquals(0.5, m.auc(), 1e-12);
    }

    @Test
    void aucMatchesBruteForceOnManyTies() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int n = 500;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextInt(10) / 10.0;
            y[i] = random.nextDouble() < p[i];
        }
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] && !y[j]) {
                    pairs++;
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, PredictionMetrics.of(p, y, n).auc(), 1e-12);
    }

    @Test
    void aucIsUndefinedWithOneClass() {
        assertTrue(Double.isNaN(PredictionMetrics.of(new double[] {0.2, 0.9}, new boolean[] {true, true}, 2).auc()));
    }
}
