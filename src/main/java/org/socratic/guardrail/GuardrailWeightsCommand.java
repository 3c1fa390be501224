package org.socratic.guardrail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.socratic.cli.UserInputException;
import org.socratic.guardrail.classifier.ClassifierFile;
import org.socratic.guardrail.classifier.LinearClassifier;
import org.socratic.guardrail.classifier.PhraseWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lists the words and word pairs the trained classifier leans on most for each label, with how many labelled texts of
 * the label and how many benign ones hold them: what an evaluator reads to see why harmless messages that share those
 * words get flagged, and the list harmless counter-examples can be written from.
 */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "List the words and word pairs the classifier weighs most per label, counted in labelled JSONL files.")
final class GuardrailWeightsCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, split = ",", description = "Labelled JSONL files to count phrases in, comma separated.")
    List<Path> data;

    @Option(names = "--model", description = "The model file (default: $SOCRATIC_HOME/guardrails/classifier/model.bin).")
    Path model;

    @Option(names = "--label", split = ",", description = "Only these labels (default: every label of the model).")
    List<String> labels = List.of();

    @Option(names = "--top", description = "Phrases per label (default 50).")
    int top = 50;

    @Option(names = "--min-texts", description = "Only phrases that at least this many texts hold (default 4).")
    int minTexts = 4;

    @Option(names = "--idioms", description = "The harmless idioms the model reads as one word "
            + "(default: $SOCRATIC_HOME/guardrails/idioms.yml).")
    Path idioms;

    @Option(names = "--plain", description = "Print the phrases alone, one per line (for a writer's list).")
    boolean plain;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || minTexts < 1) throw new UserInputException("--top and --min-texts must be at least 1");
        LinearClassifier classifier = ClassifierFile.read(
                model == null ? GuardrailLayers.defaultDir().resolve("classifier/model.bin") : model).model();
        for (String l : labels) {
            if (!classifier.labels().contains(l)) throw new UserInputException("--label: the model has no label '" + l + "'");
        }
        PhraseWeights weights = new PhraseWeights(classifier, read());
        for (String label : labels.isEmpty() ? classifier.labels() : labels) {
            List<PhraseWeights.Leaning> leanings = weights.top(label, top, minTexts);
            if (plain) {
                leanings.forEach(l -> System.out.println(l.phrase()));
                continue;
            }
            System.out.println("== " + label);
            System.out.printf("%-28s %7s %9s %7s%n", "phrase", "weight", "positive", "benign");
            for (PhraseWeights.Leaning l : leanings) {
                System.out.printf(Locale.ROOT, "%-28s %7.2f %9d %7d%n", l.phrase(), l.weight(), l.positives(), l.benign());
            }
        }
        return 0;
    }

    private List<PhraseWeights.Text> read() throws IOException {
        Idioms idiomsRead = GuardrailLayers.idioms(idioms);
        return LabelledFiles.read(data).stream().map(l -> new PhraseWeights.Text(ClassifierLayer.plain(l.line().text(), idiomsRead),
                l.line().labels().orElseThrow().stream().map(Category::id).collect(Collectors.toSet()))).toList();
    }
}
