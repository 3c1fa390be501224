package org.socratic.guardrail;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.socratic.guardrail.GuardrailPolicy.ExemplarSettings;
import org.socratic.llm.Vectors;

/**
 * A nearest-exemplar classifier: the message's in-process embedding is compared (cosine) with every labelled
 * exemplar. Self-harm and abuse, which have many exemplars, score the mean of their {@link #K} nearest (one lucky
 * phrase is not enough) against the mean of the K nearest benign exemplars; the other categories, with few
 * exemplars, score their nearest one against the nearest benign one. The nearest category is flagged when its score
 * is above the category's threshold and beats the benign score by the margin. A child's long message is also read
 * clause by clause, and a disguised one undisguised, for self-harm and abuse only: a disclosure in the middle of
 * small talk is diluted in one embedding of the whole. The exemplars are embedded once, when the layer is built.
 */
final class ExemplarLayer implements GuardrailLayer {
    static final Set<Category> CRITICAL = Set.of(Category.SELF_HARM, Category.ABUSE);
    private static final int BATCH = 64;
    static final int K = 2;
    /** Clause breaks: sentence ends, semicolons, commas, and the fillers children string clauses with. */
    private static final Pattern CLAUSE = Pattern.compile("[.!?;\\n]+\\s*|,\\s+|\\s+(?=(?:anyway|and then|but then)\\b)");
    private static final int LONG_WORDS = 14;
    private static final int MIN_CLAUSE_WORDS = 4;
    private static final int MAX_CLAUSES = 8;
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
        String folded = inspection.normalised().folded();
        // A tutor's reply is not a disclosure: only a child's message is also read undisguised and clause by clause.
        List<String> texts = new ArrayList<>();
        texts.add(folded);
        if (inspection.direction() == Direction.INPUT) {
            String plain = Normaliser.undisguised(folded);
            if (!plain.equals(folded)) texts.add(plain);
            texts.addAll(clauses(folded));
        }
        List<Embedding> embedded = texts.size() == 1
                ? List.of(model.embed(folded).content())
                : model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        Scores whole = scores(Vectors.unit(embedded.getFirst().vector()), inspection.direction());
        Map<Category, Finding> found = new EnumMap<>(Category.class);
        for (Finding f : whole.findings(false, -1)) found.put(f.category(), f);
        for (int i = 1; i < embedded.size(); i++) {
            // The undisguised text and the clauses count only for self-harm and abuse, and must also beat the whole
            // message's benign score: "what happens if you don't drink for three days" alone sounds like a wish,
            // with "we're learning it in science" it is a lesson.
            Scores clause = scores(Vectors.unit(embedded.get(i).vector()), inspection.direction());
            for (Finding f : clause.findings(true, whole.benignK())) {
                found.merge(f.category(), f, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return LayerResult.of(new ArrayList<>(found.values()));
    }

    /** Extra similarity a self-harm or abuse reading needs over a lexicon's lesser category. */
    static final double RECHECK_EXTRA = 0.05;

    /** Self-harm or abuse only, when nearest and {@link #RECHECK_EXTRA} above the usual threshold. */
    LayerResult recheckCritical(Inspection inspection) {
        // Read undisguised: "going to k i l l my stepbrother" is a threat, spelled out it reads as one.
        Scores s = scores(Vectors.unit(model.embed(Normaliser.undisguised(inspection.normalised().folded())).content().vector()),
                inspection.direction());
        return LayerResult.of(s.findings(true, -1).stream()
                .filter(f -> f.score() >= settings.thresholdFor(f.category()) + RECHECK_EXTRA).toList());
    }

    /** The clauses of a long message worth reading alone (none for a short one: the whole is read already). */
    static List<String> clauses(String text) {
        if (words(text) < LONG_WORDS) return List.of();
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String piece : CLAUSE.split(text)) {
            String joined = pending.isEmpty() ? piece.strip() : pending + " " + piece.strip();
            if (words(joined) < MIN_CLAUSE_WORDS) {
                pending = joined;
                continue;
            }
            out.add(joined);
            pending = "";
        }
        if (!pending.isBlank() && !out.isEmpty()) out.set(out.size() - 1, out.getLast() + " " + pending);
        return out.size() < 2 ? List.of() : out.subList(0, Math.min(MAX_CLAUSES, out.size()));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    LayerResult classify(float[] v, Direction direction) {
        return LayerResult.of(scores(v, direction).findings(false, -1));
    }

    /** Each category's score (mean of its nearest K exemplars) and the benign score, for one embedded text. */
    private record Scores(Map<Category, Double> score, Map<Category, Integer> nearest, double benign,
            double benignK, ExemplarLayer layer) {
        /**
         * @param criticalOnly only self-harm and abuse, and only as the nearest category (a clause of a long message)
         * @param alsoBeat a benign score the category must also beat by the margin (-1: none)
         */
        List<Finding> findings(boolean criticalOnly, double alsoBeat) {
            List<Finding> out = new ArrayList<>();
            double topScore = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(-1);
            score.forEach((c, s) -> {
                // Like is compared with like: a K-mean score with the K-mean of the benign exemplars.
                double own = CRITICAL.contains(c) ? benignK : benign;
                double benignBar = Math.max(own, alsoBeat) + layer.settings.margin();
                // Only the nearest category counts: a message near two categories' exemplars is about the nearer one.
                boolean eligible = s == topScore && (!criticalOnly || CRITICAL.contains(c));
                if (eligible && s >= layer.settings.thresholdFor(c) && s >= benignBar) {
                    out.add(Finding.of(c, Math.max(0, Math.min(1, s)), String.format(Locale.ROOT,
                            "close to exemplar '%s' (%.2f over the nearest %d; benign %.2f)",
                            layer.phrases.get(nearest.get(c)), s, CRITICAL.contains(c) ? K : 1, Math.max(own, alsoBeat))));
                }
            });
            return out;
        }
    }

    private Scores scores(float[] v, Direction direction) {
        Map<Category, double[]> nearestK = new EnumMap<>(Category.class);
        Map<Category, Integer> nearest = new EnumMap<>(Category.class);
        double[] benignK = newTop();
        for (int i = 0; i < vectors.length; i++) {
            double sim = Vectors.dot(v, vectors[i]);
            Category c = labels.get(i);
            if (c == null) {
                insert(benignK, sim);
            } else {
                double[] top = nearestK.computeIfAbsent(c, k -> newTop());
                if (Double.isNaN(top[0]) || sim > top[0]) nearest.put(c, i);
                insert(top, sim);
            }
        }
        Map<Category, Double> score = new EnumMap<>(Category.class);
        nearestK.forEach((c, top) -> {
            if (direction == Direction.INPUT || appliesToOutput(c)) score.put(c, CRITICAL.contains(c) ? mean(top) : top[0]);
        });
        return new Scores(score, nearest, Double.isNaN(benignK[0]) ? -1 : benignK[0], mean(benignK), this);
    }

    private static double[] newTop() {
        double[] top = new double[K];
        java.util.Arrays.fill(top, Double.NaN);
        return top;
    }

    /** Keeps {@code top} sorted descending; NaN marks an empty slot. */
    private static void insert(double[] top, double sim) {
        for (int i = 0; i < top.length; i++) {
            if (Double.isNaN(top[i]) || sim > top[i]) {
                System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                top[i] = sim;
                return;
            }
        }
    }

    private static double mean(double[] top) {
        double sum = 0;
        int n = 0;
        for (double d : top) {
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? -1 : sum / n;
    }

    /** Off-topic exemplars are student chat; a tutor's friendly aside is near them, so output is judged by lexicon. */
    private static boolean appliesToOutput(Category c) {
        return c.appliesToOutput() && c != Category.OFF_TOPIC;
    }
}
