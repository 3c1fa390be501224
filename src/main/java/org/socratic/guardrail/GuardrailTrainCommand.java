package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import org.socratic.guardrail.classifier.ClassifierFile;
import org.socratic.guardrail.classifier.Example;
import org.socratic.guardrail.classifier.Features;
import org.socratic.guardrail.classifier.LinearClassifier;
import org.socratic.guardrail.classifier.Thresholds;
import org.socratic.guardrail.classifier.Trainer;
import org.socratic.guardrail.classifier.WordHasher;
import org.socratic.llm.BgeSmallEmbeddings;
import org.socratic.llm.Vectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the guardrail's classifier on labelled JSONL files (the format of {@code guardrail scan}) and writes the
 * model the policy names. Thresholds are chosen on out-of-fold scores, so the figures it prints are for texts each
 * fold's model never saw. PII and answer leaks are not learned: the recognisers and the leak gate decide those from
 * the roster and the item's answer, which words alone cannot know.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the guardrail's classifier on labelled JSONL files and write the model.")
final class GuardrailTrainCommand implements Callable<Integer> {
    private static final Set<Category> NOT_LEARNED = Set.of(Category.PII, Category.ANSWER_LEAK);
    private static final int MIN_POSITIVES = 10;

    @Option(names = "--data", required = true, split = ",", description = "Labelled JSONL files, comma separated.")
    List<Path> data;

    @Option(names = "--weigh", split = ",", description = "FILE=WEIGHT: each line of one of the --data files counts "
            + "WEIGHT times, in training and in choosing thresholds (for everyday chat, far more common in real use "
            + "than in labelled sets).")
    java.util.Map<Path, Double> weights = java.util.Map.of();

    @Option(names = "--out", description = "The model file (default: $SOCRATIC_HOME/guardrails/classifier/model.bin).")
    Path out;

    @Option(names = "--names", description = "First names, one per line (lower case; # starts a comment), that the "
            + "model reads as one token: a name must not carry weight. Stored in the model.")
    Path names;

    @Option(names = "--idioms", description = "The harmless idioms the model reads as one word, as in "
            + "service (default: $SOCRATIC_HOME/guardrails/idioms.yml).")
    Path idioms;

    @Option(names = "--folds", description = "Cross-validation folds for the thresholds (default 5).")
    int folds = 5;

    @Option(names = "--bits", description = "Hash buckets for words, as a power of two (default 18).")
    int bits = 18;

    @Option(names = "--epochs", description = "Passes over the data (default 50).")
    int epochs = 50;

    @Option(names = "--seed", description = "Shuffling seed (default 7).")
    long seed = 7;

    @Option(names = "--l2", description = "L2 shrinkage per step (default 0.001).")
    double l2 = 1e-3;

    @Option(names = "--rounds", description = "Fits with successive seeds, averaged (default 3).")
    int rounds = 3;

    @Option(names = "--recall-first", split = ",", description = "Categories whose thresholds favour recall "
            + "(F-beta with --recall-beta). Default: self_harm,abuse.")
    List<String> recallFirst = List.of("self_harm", "abuse");

    @Option(names = "--recall-beta", description = "Beta of the recall-first categories' F-beta (default 2).")
    double recallBeta = 2;

    @Option(names = "--beta", description = "Beta of the other categories' F-beta (default 1).")
    double beta = 1;

    @Override
    public Integer call() throws IOException {
        if (folds < 2 || folds > 20) throw new UserInputException("--folds must be 2 to 20");
        if (epochs < 1 || epochs > 1000) throw new UserInputException("--epochs must be 1 to 1000");
        if (!(l2 >= 0 && l2 < 1)) throw new UserInputException("--l2 must be in [0, 1)");
        if (bits < 8 || bits > 22) throw new UserInputException("--bits must be 8 to 22");
        if (rounds < 1 || rounds > 50) throw new UserInputException("--rounds must be 1 to 50");
        if (!(beta > 0 && beta <= 10 && recallBeta > 0 && recallBeta <= 10)) throw new UserInputException("--beta and --recall-beta must be in (0, 10]");
        Set<Category> favourRecall = new HashSet<>();
        for (var w : weights.entrySet()) {
            if (!data.contains(w.getKey())) throw new UserInputException("--weigh: " + w.getKey() + " is not one of the --data files");
            if (!(w.getValue() > 0 && w.getValue() <= 100)) throw new UserInputException("--weigh: weight of " + w.getKey() + " must be in (0, 100]");
        }
        for (String id : recallFirst) {
            favourRecall.add(Category.byId(id).orElseThrow(() -> new UserInputException("--recall-first: unknown category '" + id + "'")));
        }
        List<Weighed> lines = read();
        List<String> labels = labelsToLearn(lines);
        WordHasher hasher = new WordHasher(bits, names == null ? Set.of() : readNames(names));
        if (names != null) System.out.printf("%d first names read as one token (%s)%n", hasher.names().size(), names);
        long started = System.nanoTime();
        List<Example> examples = examples(lines, hasher, GuardrailLayers.idioms(idioms));
        System.out.printf(Locale.ROOT, "embedded %d lines in %.1f s%n", examples.size(), (System.nanoTime() - started) / 1e9);

        Trainer trainer = new Trainer(new Trainer.Options(epochs, 0.3, l2, seed, rounds));
        int dims = examples.getFirst().features().embedding().length;
        double[][] oof = trainer.outOfFold(examples, labels, dims, hasher, folds);
        double[] thresholds = new double[labels.size()];
        ObjectNode training = new ObjectMapper().createObjectNode();
        ObjectNode figures = training.putObject("out_of_fold");
        System.out.printf("%d-fold cross-validation (each line scored by a model that never saw it):%n", folds);
        System.out.printf("%-17s %9s %9s %9s %9s %8s%n", "category", "threshold", "precision", "recall", "f1", "support");
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            double[] scores = new double[examples.size()];
            boolean[] truth = new boolean[examples.size()];
            double[] weight = new double[examples.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = oof[i][l];
                truth[i] = examples.get(i).labels().contains(label);
                weight[i] = examples.get(i).weight();
            }
            double b = favourRecall.contains(Category.byId(label).orElseThrow()) ? recallBeta : beta;
            thresholds[l] = Thresholds.best(scores, truth, weight, b).threshold();
            Thresholds.Outcome o = Thresholds.at(thresholds[l], scores, truth); // reported as counted, not weighed
            System.out.printf(Locale.ROOT, "%-17s %9.2f %9.3f %9.3f %9.3f %8d%n", label, o.threshold(), o.precision(),
                    o.recall(), o.f(1), (int) (o.truePositives() + o.falseNegatives()));
            figures.putObject(label).put("threshold", o.threshold()).put("precision", round(o.precision()))
                    .put("recall", round(o.recall())).put("f1", round(o.f(1)))
                    .put("support", (int) (o.truePositives() + o.falseNegatives()));
        }
        int benign = 0;
        int flagged = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (!examples.get(i).labels().isEmpty()) continue;
            benign++;
            for (int l = 0; l < labels.size(); l++) {
                if (oof[i][l] >= thresholds[l]) {
                    flagged++;
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "benign lines flagged by the classifier alone: %d of %d = %.2f%%%n", flagged, benign,
                100.0 * flagged / Math.max(1, benign));

        LinearClassifier model = trainer.train(examples, labels, dims, hasher).withThresholds(thresholds)
                .withReachOver(examples.stream().map(Example::features).toList());
        System.out.println("how far the embedding moved a training text's margin (logits; the service embeds a message "
                + "only when its words leave a label's verdict within this reach):");
        for (int l = 0; l < labels.size(); l++) {
            System.out.printf(Locale.ROOT, "  %-17s %+.2f to %+.2f%n", labels.get(l), model.reach(l).lowest(),
                    model.reach(l).highest());
        }
        training.put("trained_on", LocalDate.now().toString()).put("examples", examples.size())
                .put("embedding", "BAAI/bge-small-en-v1.5, quantized, in process").put("folds", folds)
                .put("epochs", epochs).put("seed", seed).put("rounds", rounds).put("l2", l2).put("beta", beta).put("recall_beta", recallBeta).put("benign_flagged_out_of_fold", flagged)
                .put("benign_out_of_fold", benign);
        var files = training.putArray("data");
        for (Path p : data) {
            files.addObject().put("file", p.toString()).put("weight", weights.getOrDefault(p, 1.0)).put("sha256", sha256(p));
        }
        Path target = out == null ? GuardrailLayers.defaultDir().resolve("classifier/model.bin") : out;
        ClassifierFile.write(target, model, training);
        System.out.printf(Locale.ROOT, "wrote %s (%d labels, %d KiB)%n", target, labels.size(), Files.size(target) / 1024);
        return 0;
    }

    /** Each line read, with the weight of the file it came from. */
    private record Weighed(ScanLine line, double weight) {}

    private List<Weighed> read() throws IOException {
        return LabelledFiles.read(data).stream()
                .map(l -> new Weighed(l.line(), weights.getOrDefault(l.file(), 1.0))).toList();
    }

    /** One lower-case first name per line; blank lines and {@code #} comments are skipped. */
    static Set<String> readNames(Path file) throws IOException {
        List<String> lines = LabelledFiles.textLines(file);
        Set<String> out = new HashSet<>();
        for (int n = 1; n <= lines.size(); n++) {
            String name = lines.get(n - 1).replaceFirst("#.*", "").trim();
            if (name.isEmpty()) continue;
            if (!name.matches("[a-z]{2,30}")) {
                throw new UserInputException(file + ":" + n + ": '" + name + "' is not a first name of 2 to 30 letters a-z");
            }
            out.add(name);
        }
        return out;
    }

    private static List<String> labelsToLearn(List<Weighed> lines) {
        List<String> labels = new ArrayList<>();
        for (Category c : Category.values()) {
            if (!c.labelled() || NOT_LEARNED.contains(c)) continue;
            long positives = lines.stream().filter(l -> l.line().labels().orElseThrow().contains(c)).count();
            if (positives >= MIN_POSITIVES) labels.add(c.id());
            else System.out.printf("not learned: %s has %d labelled lines (at least %d needed)%n", c.id(), positives, MIN_POSITIVES);
        }
        if (labels.isEmpty()) throw new UserInputException("no category has " + MIN_POSITIVES + " labelled lines");
        return labels;
    }

    /** Every line's features, in a fixed shuffled order (the files come grouped by category; folds must not be). */
    private List<Example> examples(List<Weighed> lines, WordHasher hasher, Idioms idioms) {
        List<Weighed> order = new ArrayList<>(lines);
        Collections.shuffle(order, new Random(seed));
        List<String> plain = order.stream()
                .map(l -> ClassifierLayer.plain(l.line().text(), idioms)).toList();
        // The model spreads a batch over one thread per core itself.
        List<float[]> vectors = new ArrayList<>();
        try (BgeSmallEmbeddings model = BgeSmallEmbeddings.load()) {
            // A blank text has no embedding, as in service (ClassifierLayer): its words alone are learned.
            List<String> written = plain.stream().filter(t -> !t.isBlank()).toList();
            var embedded = model.embedAll(written.stream().map(TextSegment::from).toList()).content().iterator();
            for (String t : plain) vectors.add(t.isBlank() ? new float[model.dimension()] : Vectors.unit(embedded.next().vector()));
        }
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Set<String> labels = new HashSet<>();
            for (Category c : order.get(i).line().labels().orElseThrow()) if (!NOT_LEARNED.contains(c)) labels.add(c.id());
            out.add(new Example(new Features(vectors.get(i), hasher.hash(plain.get(i))), labels, order.get(i).weight()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
