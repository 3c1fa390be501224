package org.socratic.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socratic.guardrail.classifier.LinearClassifier;
import org.socratic.llm.Vectors;

/**
 * The trained classifier ({@code guardrail train}): logistic regression over the message's in-process embedding and
 * its hashed words, one label against the rest, with thresholds chosen on held-out folds. It reads the message with
 * its disguises undone. Where the word lists know the phrasings they were written for, this generalises to
 * phrasings nobody wrote down; its findings only ever add to theirs. A finding names the words that weighed most.
 */
final class ClassifierLayer implements GuardrailLayer {
    private static final int EXPLAINED_WORDS = 4;
    private final EmbeddingModel embeddings;
    private final LinearClassifier model;
    private final Category[] categories;

    ClassifierLayer(EmbeddingModel embeddings, LinearClassifier model) {
        if (embeddings.dimension() != model.dims()) {
            throw new IllegalStateException("the guardrail classifier was trained on " + model.dims()
                    + "-dimensional embeddings, but the embedding model gives " + embeddings.dimension()
                    + ": retrain it with ./socratic guardrail train");
        }
        this.embeddings = embeddings;
        this.model = model;
        this.categories = model.labels().stream()
                .map(l -> Category.byId(l).orElseThrow(() -> new IllegalArgumentException("unknown category " + l)))
                .toArray(Category[]::new);
    }

    @Override
    public String name() {
        return "classifier";
    }

    @Override
    public LayerResult check(Inspection inspection) {
        return judge(inspection, read(inspection));
    }

    LayerResult judge(Inspection inspection, Reading reading) {
        List<Finding> found = new ArrayList<>();
        for (int l = 0; l < categories.length; l++) {
            Category c = categories[l];
            if (inspection.direction() == Direction.OUTPUT && !appliesToOutput(c)) continue;
            if (reading.probabilities()[l] >= model.threshold(l)) {
                found.add(Finding.of(c, reading.probabilities()[l], reason(l, reading)));
            }
        }
        return LayerResult.of(found);
    }

    /** The message as the model read it, and the probability of each of its labels. */
    record Reading(String plain, double[] probabilities) {}

    Reading read(Inspection inspection) {
        String plain = Normaliser.undisguised(inspection.normalised().folded());
        float[] vector = Vectors.unit(embeddings.embed(plain).content().vector());
        return new Reading(plain, model.probabilities(model.features(vector, plain)));
    }

    /** The probability the model gives {@code category}, or -1 when it has no such label. */
    double probability(Reading reading, Category category) {
        for (int l = 0; l < categories.length; l++) if (categories[l] == category) return reading.probabilities()[l];
        return -1;
    }

    private String reason(int label, Reading reading) {
        List<String> words = model.explain(label, reading.plain(), EXPLAINED_WORDS);
        return String.format(Locale.ROOT, "classifier %.2f (threshold %.2f)%s", reading.probabilities()[label],
                model.threshold(label), words.isEmpty() ? "" : "; weighed most: '" + String.join("', '", words) + "'");
    }

    /** Off-topic and what only a student does do not apply to a tutor's reply (a friendly aside is not chat). */
    private static boolean appliesToOutput(Category c) {
        return c.appliesToOutput() && c != Category.OFF_TOPIC;
    }
}
