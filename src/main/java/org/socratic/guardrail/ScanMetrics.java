package org.socratic.guardrail;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 per category over labelled lines, their micro average, and the false-positive rate on
 * lines labelled benign (a benign line with any category flagged is a false positive).
 */
final class ScanMetrics {
    private final Map<Category, int[]> counts = new EnumMap<>(Category.class); // tp, fp, fn
    private int labelledLines;
    private int benignLines;
    private int benignFlagged;

    void add(List<Category> labels, List<Category> predicted) {
        labelledLines++;
        Set<Category> l = Set.copyOf(labels);
        Set<Category> p = Set.copyOf(predicted);
        for (Category c : Category.values()) {
            if (!c.labelled()) continue;
            int[] n = counts.computeIfAbsent(c, k -> new int[3]);
            if (l.contains(c) && p.contains(c)) n[0]++;
            else if (p.contains(c)) n[1]++;
            else if (l.contains(c)) n[2]++;
        }
        if (l.isEmpty()) {
            benignLines++;
            if (!p.isEmpty()) benignFlagged++;
        }
    }

    boolean any() {
        return labelledLines > 0;
    }

    double precision(Category c) { return ratio(counts.get(c)[0], counts.get(c)[0] + counts.get(c)[1]); }

    double recall(Category c) { return ratio(counts.get(c)[0], counts.get(c)[0] + counts.get(c)[2]); }

    double f1(Category c) { return f1(precision(c), recall(c)); }

    int support(Category c) { return counts.get(c)[0] + counts.get(c)[2]; }

    double microF1() {
        int tp = 0, fp = 0, fn = 0;
        for (int[] n : counts.values()) {
            tp += n[0];
            fp += n[1];
            fn += n[2];
        }
        return f1(ratio(tp, tp + fp), ratio(tp, tp + fn));
    }

    double macroF1() {
        return counts.keySet().stream().filter(c -> support(c) > 0).mapToDouble(this::f1).average().orElse(0);
    }

    double benignFalsePositiveRate() {
        return ratio(benignFlagged, benignLines);
    }

    int benignLines() { return benignLines; }

    int benignFlagged() { return benignFlagged; }

    int labelledLines() { return labelledLines; }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %9s %9s %9s %8s%n",
                "category", "precision", "recall", "f1", "support"));
        for (Category c : counts.keySet()) {
            if (support(c) == 0 && counts.get(c)[1] == 0) continue;
            out.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f %8d%n", c.id(), precision(c), recall(c),
                    f1(c), support(c)));
        }
        out.append(String.format(Locale.ROOT, "%-18s %29.3f%n", "micro-F1 (all)", microF1()));
        out.append(String.format(Locale.ROOT, "%-18s %29.3f%n", "macro-F1", macroF1()));
        out.append(String.format(Locale.ROOT, "benign false positives: %d of %d = %.2f%%%n", benignFlagged,
                benignLines, 100 * benignFalsePositiveRate()));
        return out.toString();
    }

    Map<String, Object> summary() {
        Map<String, Object> perCategory = new java.util.LinkedHashMap<>();
        for (Category c : counts.keySet()) {
            if (support(c) == 0 && counts.get(c)[1] == 0) continue;
            perCategory.put(c.id(), Map.of("precision", round(precision(c)), "recall", round(recall(c)),
                    "f1", round(f1(c)), "support", support(c)));
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("labelledLines", labelledLines);
        out.put("categories", perCategory);
        out.put("microF1", round(microF1()));
        out.put("macroF1", round(macroF1()));
        out.put("benignLines", benignLines);
        out.put("benignFalsePositiveRate", round(benignFalsePositiveRate()));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
