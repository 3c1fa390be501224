package org.socratic.grading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socratic.grading.CalibrationSet.Band;

/**
 * What the similarity thresholds do on labelled explanations. A low-similarity threshold catches a model that
 * over-scores a weak explanation (the share of "none" answers below it) at the cost of queueing good ones a model
 * scored rightly (the share of "full" answers below it); the high-similarity threshold is the mirror image.
 */
final class CalibrationReport {
    private final Map<Band, List<Double>> byBand = new EnumMap<>(Band.class);

    void add(Band band, double similarity) {
        byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(similarity);
    }

    /** Share of the band's similarities below {@code threshold}. */
    double shareBelow(Band band, double threshold) {
        List<Double> values = byBand.getOrDefault(band, List.of());
        return values.isEmpty() ? 0 : values.stream().filter(v -> v < threshold).count() / (double) values.size();
    }

    List<String> lines(GradingThresholds t) {
        List<String> out = new ArrayList<>();
        out.add("similarity of each explanation to its prompt's nearest reference, by band:");
        for (Band band : Band.values()) {
            List<Double> v = sorted(band);
            if (v.isEmpty()) continue;
            out.add(String.format(Locale.ROOT, "  %-8s n=%-3d min %.3f  median %.3f  max %.3f", band.name().toLowerCase(Locale.ROOT),
                    v.size(), v.getFirst(), v.get(v.size() / 2), v.getLast()));
        }
        out.add("threshold   none below (caught if over-scored)   full below (queued needlessly)   full at/above (caught if under-scored)   none at/above (queued needlessly)");
        for (int i = 60; i <= 95; i += 2) {
            double th = i / 100.0;
            String mark = Math.abs(th - t.lowSimilarity()) < 1e-9 ? " <- low-similarity"
                    : Math.abs(th - t.highSimilarity()) < 1e-9 ? " <- high-similarity" : "";
            out.add(String.format(Locale.ROOT, "  %.2f      %5.0f%%                               %5.0f%%                             %5.0f%%                                   %5.0f%%%s",
                    th, 100 * shareBelow(Band.NONE, th), 100 * shareBelow(Band.FULL, th),
                    100 * (1 - shareBelow(Band.FULL, th)), 100 * (1 - shareBelow(Band.NONE, th)), mark));
        }
        return out;
    }

    Map<String, Object> asMap(GradingThresholds t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            List<Double> v = sorted(band);
            if (!v.isEmpty()) out.put(band.name().toLowerCase(Locale.ROOT) + "Median", v.get(v.size() / 2));
        }
        out.put("lowSimilarity", t.lowSimilarity());
        out.put("noneCaughtIfOverScored", shareBelow(Band.NONE, t.lowSimilarity()));
        out.put("fullQueuedNeedlessly", shareBelow(Band.FULL, t.lowSimilarity()));
        out.put("highSimilarity", t.highSimilarity());
        out.put("fullCaughtIfUnderScored", 1 - shareBelow(Band.FULL, t.highSimilarity()));
        out.put("noneQueuedNeedlessly", 1 - shareBelow(Band.NONE, t.highSimilarity()));
        return out;
    }

    private List<Double> sorted(Band band) {
        return byBand.getOrDefault(band, List.of()).stream().sorted().toList();
    }
}
