package org.socratic.guardrail;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
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
 * Stateless after construction: one instance serves every request thread.
 */
final class ClassifierLayer implements GuardrailLayer {
    private static final int EXPLAINED_WORDS = 4;
    private final EmbeddingModel embeddings;
    private final LinearClassifier model;
    private final Category[] categories;
    private final boolean readClauses;

    ClassifierLayer(EmbeddingModel embeddings, LinearClassifier model, boolean readClauses) {
        if (embeddings.dimension() != model.dims()) {
            throw new IllegalStateException("the guardrail classifier was trained on " + model.dims()
                    + "-dimensional embeddings, but the embedding model gives " + embeddings.dimension()
                    + ": retrain it with ./socratic guardrail train");
        }
        this.embeddings = embeddings;
        this.model = model;
        this.readClauses = readClauses;
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

    private LayerResult judge(Inspection inspection, Reading reading) {
        for (double p : reading.probabilities()) {
            // Weights the loader let through can still overflow; a classifier that cannot score must say so.
            if (Double.isNaN(p)) return LayerResult.unavailable("the classifier gave no probability (NaN)");
        }
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

    /**
     * The message as the model read it: the probability of each of its labels, and the text (the whole message or
     * one of its clauses) that gave it.
     */
    private record Reading(double[] probabilities, String[] source) {}

    /** The text the classifier reads, in training and in service alike: folded, with its disguises undone. */
    static String plain(String text) {
        return Normaliser.undisguised(Normaliser.normalise(text).folded());
    }

    private Reading read(Inspection inspection) {
        String plain = Normaliser.undisguised(inspection.normalised().folded());
        List<String> texts = new ArrayList<>();
        texts.add(plain);
        // A disclosure in the middle of a long message about homework is diluted in the whole: a child's long message
        // is also read clause by clause, for self-harm and abuse only.
        if (readClauses && inspection.direction() == Direction.INPUT) texts.addAll(ExemplarLayer.clauses(plain));
        List<float[]> vectors = texts.size() == 1
                ? List.of(embeddings.embed(plain).content().vector())
                : embeddings.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                        .map(Embedding::vector).toList();
        double[] p = model.probabilities(model.features(Vectors.unit(vectors.getFirst()), plain));
        String[] source = new String[p.length];
        java.util.Arrays.fill(source, plain);
        for (int i = 1; i < texts.size(); i++) {
            double[] clause = model.probabilities(model.features(Vectors.unit(vectors.get(i)), texts.get(i)));
            for (int l = 0; l < p.length; l++) {
                if (ExemplarLayer.CRITICAL.contains(categories[l]) && clause[l] > p[l]) {
                    p[l] = clause[l];
                    source[l] = texts.get(i);
                }
            }
        }
        return new Reading(p, source);
    }

    private String reason(int label, Reading reading) {
        List<String> words = model.explain(label, reading.source()[label], EXPLAINED_WORDS);
        return String.format(Locale.ROOT, "classifier %.2f (threshold %.2f)%s", reading.probabilities()[label],
                model.threshold(label), words.isEmpty() ? "" : "; weighed most: '" + String.join("', '", words) + "'");
    }

    /** Off-topic and what only a student does do not apply to a tutor's reply (a friendly aside is not chat). */
    private static boolean appliesToOutput(Category c) {
        return c.appliesToOutput() && c != Category.OFF_TOPIC;
    }
}
