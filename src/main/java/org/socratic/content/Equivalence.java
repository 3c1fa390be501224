package org.socratic.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.socratic.content.ExpressionReader.Formula;

/**
 * Algebraic equivalence by evaluation: two expressions are taken as equal when they agree at many random points
 * (a polynomial identity that holds at random reals holds everywhere, up to a vanishing chance of coincidence).
 */
final class Equivalence {
    private static final int POINTS = 8;

    private Equivalence() {}

    /** True when {@code a} and {@code b} take the same value at every sampled point where both are defined. */
    static boolean sameExpression(Formula a, Formula b) {
        int compared = 0;
        for (Map<String, Double> point : points(a.variables(), b.variables())) {
            double x = a.at(point);
            double y = b.at(point);
            boolean xOk = Double.isFinite(x);
            boolean yOk = Double.isFinite(y);
            if (xOk != yOk) return false;
            if (!xOk) continue;
            if (!close(x, y)) return false;
            compared++;
        }
        return compared >= POINTS / 2;
    }

    /**
     * True when the equations {@code l1 = r1} and {@code l2 = r2} have the same solutions, tested as
     * l1 - r1 = c (l2 - r2) for one non-zero constant c at every sampled point.
     */
    static boolean sameEquation(Formula l1, Formula r1, Formula l2, Formula r2) {
        Set<String> all = new TreeSet<>(l1.variables());
        all.addAll(r1.variables());
        all.addAll(l2.variables());
        all.addAll(r2.variables());
        Double ratio = null;
        int compared = 0;
        for (Map<String, Double> point : points(all, Set.of())) {
            double f = l1.at(point) - r1.at(point);
            double g = l2.at(point) - r2.at(point);
            if (!Double.isFinite(f) || !Double.isFinite(g)) continue;
            if (Math.abs(g) < 1e-9) {
                if (Math.abs(f) > 1e-9) return false;
                continue;
            }
            double c = f / g;
            if (ratio == null) {
                if (Math.abs(c) < 1e-12) return false;
                ratio = c;
            } else if (!close(c, ratio)) {
                return false;
            }
            compared++;
        }
        return compared >= POINTS / 2;
    }

    static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    /** Fixed seed: the same answer always gets the same verdict. Values avoid small integers and zero. */
    private static List<Map<String, Double>> points(Set<String> a, Set<String> b) {
        Set<String> variables = new TreeSet<>(a);
        variables.addAll(b);
        Random random = new Random(20261122L);
        List<Map<String, Double>> out = new java.util.ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            Map<String, Double> point = new HashMap<>();
            for (String v : variables) {
                double magnitude = 0.5 + random.nextDouble() * 4.5;
                point.put(v, random.nextBoolean() ? magnitude : -magnitude);
            }
            out.add(point);
        }
        return out;
    }
}
