package org.socratic.guardrail;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socratic.guardrail.classifier.Features;
import org.socratic.guardrail.classifier.LinearClassifier;
import org.socratic.llm.Vectors;

/**
 * The trained classifier ({@code guardrail train}): logistic regression over the message's in-process embedding and
 * its hashed words, one label against the rest, with thresholds chosen on held-out folds. It reads the message with
 * its disguises undone and each harmless idiom of {@code idioms.yml} read as one word, {@value #IDIOM}: in "my mom is
 * going to kill me if I forget my gym clothes" the model does not weigh 'kill me', as the word lists do not. Where
 * the word lists know the phrasings they were written for, this generalises to phrasings nobody wrote down; its findings only ever add to theirs. A finding names the words that weighed most. The
 * embedding is computed only when it could change a verdict ({@link LinearClassifier#needsEmbedding}): the words of
 * most messages settle every label, a hundred times faster.
 * Stateless after construction: one instance serves every request thread.
 */
final class ClassifierLayer implements GuardrailLayer {
    private static final int EXPLAINED_WORDS = 4;
    /** What an idiom reads as: one word the model learns from every idiom alike, as names read as one token. */
    static final String IDIOM = "idiom";
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s{2,}");
    private final EmbeddingModel embeddings;
    private final LinearClassifier model;
    private final Category[] categories;
    private final Idioms idioms;
    private final boolean readClauses;
    private final double clauseBar;

    ClassifierLayer(EmbeddingModel embeddings, LinearClassifier model, Idioms idioms, GuardrailPolicy.ClassifierSettings settings) {
        if (embeddings.dimension() != model.dims()) {
            throw new IllegalStateException("the guardrail classifier was trained on " + model.dims()
                    + "-dimensional embeddings, but the embedding model gives " + embeddings.dimension()
                    + ": retrain it with ./socratic guardrail train");
        }
        this.embeddings = embeddings;
        this.model = model;
        this.idioms = idioms;
        this.readClauses = settings.readClauses();
        this.clauseBar = settings.clauseBar();
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
    private record Reading(double[] probabilities, Text[] source) {}

    /** A text the model read, with its features, and whether they hold its embedding or its words alone. */
    private record Text(String plain, Features features, boolean embedded) {}

    /**
     * The text the classifier reads, in training and in service alike: folded, each idiom one word, disguises undone.
     */
    static String plain(String text, Idioms idioms) {
        return marked(Normaliser.normalise(text).folded(), idioms);
    }

    private static String marked(String folded, Idioms idioms) {
        String marked = idioms.mark(folded, IDIOM);
        if (!marked.equals(folded)) marked = BLANKS.matcher(marked).replaceAll(" ").strip();
        return Normaliser.undisguised(marked);
    }

    private Reading read(Inspection inspection) {
        String plain = marked(inspection.normalised().folded(), idioms);
        List<String> plains = new ArrayList<>();
        plains.add(plain);
        // A disclosure in the middle of a long message about homework is diluted in the whole: a child's long message
        // is also read clause by clause, for self-harm and abuse only.
        if (readClauses && inspection.direction() == Direction.INPUT) plains.addAll(ExemplarLayer.clauses(plain));
        List<Text> texts = features(plains);
        double[] p = model.probabilities(texts.getFirst().features());
        Text[] source = new Text[p.length];
        java.util.Arrays.fill(source, texts.getFirst());
        for (Text clause : texts.subList(1, texts.size())) {
            double[] q = model.probabilities(clause.features());
            for (int l = 0; l < p.length; l++) {
                if (ExemplarLayer.CRITICAL.contains(categories[l]) && q[l] > p[l] && q[l] >= clauseBar) {
                    p[l] = q[l];
                    source[l] = clause;
                }
            }
        }
        return new Reading(p, source);
    }

    /**
     * Each text with its features. Only the texts whose verdicts the embedding could change are embedded (in one
     * batch); the rest are scored on their words alone, which gives them the same verdicts.
     */
    private List<Text> features(List<String> plains) {
        List<int[]> words = plains.stream().map(model.hasher()::hash).toList();
        List<Integer> embed = new ArrayList<>();
        // A blank text (punctuation alone) cannot be embedded: its (absent) words decide.
        for (int i = 0; i < plains.size(); i++) {
            if (!plains.get(i).isBlank() && model.needsEmbedding(words.get(i))) embed.add(i);
        }
        List<float[]> vectors = switch (embed.size()) {
            case 0 -> List.of();
            case 1 -> List.of(embeddings.embed(plains.get(embed.getFirst())).content().vector());
            default -> embeddings.embedAll(embed.stream().map(i -> TextSegment.from(plains.get(i))).toList()).content()
                    .stream().map(Embedding::vector).toList();
        };
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < plains.size(); i++) {
            int k = embed.indexOf(i);
            out.add(k < 0 ? new Text(plains.get(i), model.wordsOnly(words.get(i)), false)
                    : new Text(plains.get(i), model.features(Vectors.unit(vectors.get(k)), words.get(i)), true));
        }
        return out;
    }

    private String reason(int label, Reading reading) {
        Text source = reading.source()[label];
        List<String> words = model.explain(label, source.plain(), EXPLAINED_WORDS);
        return String.format(Locale.ROOT, "classifier %.2f (threshold %.2f%s)%s", reading.probabilities()[label],
                model.threshold(label), source.embedded() ? "" : ", decided by the words alone",
                words.isEmpty() ? "" : "; weighed most: '" + String.join("', '", words) + "'");
    }

    /** Off-topic and what only a student does do not apply to a tutor's reply (a friendly aside is not chat). */
    private static boolean appliesToOutput(Category c) {
        return c.appliesToOutput() && c != Category.OFF_TOPIC;
    }
}
