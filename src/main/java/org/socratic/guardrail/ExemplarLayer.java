package org.socratic.guardrail;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socratic.guardrail.GuardrailPolicy.ExemplarSettings;
import org.socratic.llm.Vectors;

/**
 * A nearest-exemplar classifier: the message's in-process embedding is compared (cosine) with every labelled
 * exemplar. The nearest category is flagged when its nearest exemplar is above the category's threshold and closer
 * than the nearest benign exemplar by the margin. The exemplars are embedded once, when the layer is built.
 */
final class ExemplarLayer implements GuardrailLayer {
    private static final int BATCH = 64;
    private final EmbeddingModel model;
    private final ExemplarSettings settings;
    private final List<Category> labels = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final float[][] vectors;

    ExemplarLayer(EmbeddingModel model, ExemplarSet exemplars, ExemplarSettings settings) {
        this.model = model;
        this.settings = settings;
        for (Map.Entry<Category, List<String>> e : exemplars.byCategory().entrySet()) {
            for (String p : e.getValue()) {
                labels.add(e.getKey());
                phrases.add(p);
            }
        }
        for (String p : exemplars.benign()) {
            labels.add(null);
            phrases.add(p);
        }
        this.vectors = new float[phrases.size()][];
        for (int from = 0; from < phrases.size(); from += BATCH) {
            List<TextSegment> batch = phrases.subList(from, Math.min(phrases.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) vectors[from + i] = Vectors.unit(embedded.get(i).vector());
        }
    }

    @Override
    public String name() {
        return "exemplar";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        float[] v = Vectors.unit(model.embed(inspection.normalised().folded()).content().vector());
        return classify(v, inspection.direction());
    }

    LayerResult classify(float[] v, Direction direction) {
        double benign = -1;
        Map<Category, Double> best = new java.util.EnumMap<>(Category.class);
        Map<Category, Integer> nearest = new java.util.EnumMap<>(Category.class);
        for (int i = 0; i < vectors.length; i++) {
            double sim = Vectors.dot(v, vectors[i]);
            Category c = labels.get(i);
            if (c == null) {
                benign = Math.max(benign, sim);
            } else if (sim > best.getOrDefault(c, -1.0)) {
                best.put(c, sim);
                nearest.put(c, i);
            }
        }
        double finalBenign = benign;
        // Only the nearest category counts: a message near two categories' exemplars is about the nearer one.
        List<Finding> findings = new ArrayList<>();
        best.entrySet().stream()
                .filter(e -> direction == Direction.INPUT || appliesToOutput(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= settings.thresholdFor(e.getKey()))
                .filter(e -> e.getValue() >= finalBenign + settings.margin())
                .ifPresent(e -> findings.add(Finding.of(e.getKey(), Math.max(0, Math.min(1, e.getValue())),
                        String.format(Locale.ROOT, "close to exemplar '%s' (%.2f; nearest benign %.2f)",
                                phrases.get(nearest.get(e.getKey())), e.getValue(), finalBenign))));
        return LayerResult.of(findings);
    }

    /** Off-topic exemplars are student chat; a tutor's friendly aside is near them, so output is judged by lexicon. */
    private static boolean appliesToOutput(Category c) {
        return c.appliesToOutput() && c != Category.OFF_TOPIC;
    }
}
