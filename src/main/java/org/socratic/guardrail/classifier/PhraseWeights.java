package org.socratic.guardrail.classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and word pairs a trained model leans on for a label, among those that occur in a body of labelled texts,
 * with how many positive and benign texts hold each. A phrase with a large weight and few benign texts is one the model
 * may take for the label wherever it appears: the list to write harmless counter-examples from. Pure.
 */
public final class PhraseWeights {
    /** A phrase, its weight for the label, and the number of texts of the label and of benign texts that hold it. */
    public record Leaning(String phrase, double weight, int positives, int benign) {}

    /** A labelled text in its plain form ({@link WordHasher} input) with its labels (none when benign). */
    public record Text(String plain, Set<String> labels) {}

    private final LinearClassifier model;
    private final Map<String, Integer> buckets = new HashMap<>();
    private final Map<String, Integer> holding = new HashMap<>();
    private final Map<String, Integer> benign = new HashMap<>();
    private final Map<String, Map<String, Integer>> positives = new HashMap<>();

    public PhraseWeights(LinearClassifier model, List<Text> texts) {
        this.model = model;
        for (Text t : texts) {
            Set<String> seen = new HashSet<>();
            for (WordHasher.Phrase p : model.hasher().phrases(t.plain())) {
                if (!seen.add(p.text())) continue;
                buckets.put(p.text(), p.bucket());
                holding.merge(p.text(), 1, Integer::sum);
                if (t.labels().isEmpty()) benign.merge(p.text(), 1, Integer::sum);
                for (String label : t.labels()) positives.computeIfAbsent(label, l -> new HashMap<>()).merge(p.text(), 1, Integer::sum);
            }
        }
    }

    /**
     * The {@code limit} phrases with the largest positive weight for {@code label} among those that at least
     * {@code minTexts} texts hold, largest first.
     */
    public List<Leaning> top(String label, int limit, int minTexts) {
        int l = model.labels().indexOf(label);
        if (l < 0) throw new IllegalArgumentException("the model has no label " + label);
        Map<String, Integer> ofLabel = positives.getOrDefault(label, Map.of());
        List<Leaning> out = new ArrayList<>();
        for (var e : buckets.entrySet()) {
            int pos = ofLabel.getOrDefault(e.getKey(), 0);
            int ben = benign.getOrDefault(e.getKey(), 0);
            double weight = model.sparse()[l][e.getValue()];
            if (weight > 0 && holding.get(e.getKey()) >= minTexts) out.add(new Leaning(e.getKey(), weight, pos, ben));
        }
        out.sort(Comparator.comparingDouble(Leaning::weight).reversed().thenComparing(Leaning::phrase));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
