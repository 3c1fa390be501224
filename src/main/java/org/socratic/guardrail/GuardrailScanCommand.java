package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.socratic.cli.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every line of a JSONL file through the guardrail (student lines as input, tutor lines as output) and writes one
 * verdict line per input line. When lines carry labels, prints precision, recall and F1 per category and the
 * false-positive rate on benign lines. Lines are processed in batches on all cores; output keeps input order.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a JSONL file: {id, text, role, context?, labels?} per line.")
final class GuardrailScanCommand implements Callable<Integer> {
    private static final int BATCH = 512;

    @Option(names = "--in", required = true, description = "Input JSONL file.")
    Path in;

    @Option(names = "--out", description = "Write one verdict per line here (default: no verdict lines).")
    Path out;

    @Option(names = "--roster", split = ",", description = "Class roster names, comma separated (PII).")
    List<String> roster = List.of();

    @Option(names = "--guardrails", description = "The guardrails folder (default: $SOCRATIC_HOME/guardrails).")
    Path guardrails;

    @Option(names = "--layers", description = "offline, embeddings (default) or all (adds enabled model layers).")
    GuardrailLayers layers = GuardrailLayers.EMBEDDINGS;

    @Option(names = "--why", description = "Add each verdict's layer and reason to the output lines.")
    boolean why;

    @Option(names = "--json", description = "Print a JSON summary as the last line.")
    boolean jsonSummary;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(in)) throw new UserInputException("no such file: " + in);
        GuardrailConfig config = GuardrailConfig.load(guardrails == null ? GuardrailLayers.defaultDir() : guardrails);
        GuardrailPipeline pipeline = layers.build(config);
        ObjectMapper json = new ObjectMapper();
        ScanLineParser parser = new ScanLineParser(json, new LinkedHashSet<>(roster.stream().map(String::trim).toList()));
        ScanMetrics metrics = new ScanMetrics();
        PrintStream console = System.out;
        int lines = 0;
        int malformed = 0;
        long started = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<ScanLine> batch = new ArrayList<>(BATCH);
            Set<String> ids = new java.util.HashSet<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    ScanLine parsed = parser.parse(number, line);
                    if (!ids.add(parsed.id())) throw new IllegalArgumentException("duplicate id '" + parsed.id() + "'");
                    batch.add(parsed);
                } catch (IllegalArgumentException e) {
                    malformed++;
                    System.err.println(in + ":" + number + ": skipped: " + e.getMessage());
                }
                if (batch.size() == BATCH) lines += flush(batch, pipeline, json, writer, metrics, why);
            }
            lines += flush(batch, pipeline, json, writer, metrics, why);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        console.printf(java.util.Locale.ROOT, "scanned %d lines (%d malformed) in %.1f s with layers=%s%n", lines,
                malformed, seconds, layers.name().toLowerCase(java.util.Locale.ROOT));
        if (metrics.any()) console.print(metrics.table());
        if (jsonSummary) {
            ObjectNode summary = json.createObjectNode().put("lines", lines).put("malformed", malformed);
            if (metrics.any()) summary.set("metrics", json.valueToTree(metrics.summary()));
            console.println(json.writeValueAsString(summary));
        }
        return malformed == 0 ? 0 : 2; // 2 = bad input, as everywhere in the CLI
    }

    private static int flush(List<ScanLine> batch, GuardrailPipeline pipeline, ObjectMapper json,
            BufferedWriter writer, ScanMetrics metrics, boolean why) {
        List<GuardrailResult> results = Arrays.asList(batch.parallelStream()
                .map(l -> l.direction() == Direction.INPUT ? pipeline.checkInput(l.text(), l.context())
                        : pipeline.checkOutput(l.text(), l.context()))
                .toArray(GuardrailResult[]::new));
        for (int i = 0; i < batch.size(); i++) {
            ScanLine line = batch.get(i);
            GuardrailResult r = results.get(i);
            line.labels().ifPresent(labels -> metrics.add(labels, r.categories()));
            if (writer != null) write(writer, json, line, r, why);
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    private static void write(BufferedWriter writer, ObjectMapper json, ScanLine line, GuardrailResult r,
            boolean why) {
        ObjectNode node = json.createObjectNode().put("id", line.id()).put("action", r.action().id());
        var categories = node.putArray("categories");
        r.categories().forEach(c -> categories.add(c.id()));
        node.put("severity", r.severity().id()).put("leak", r.leak());
        if (r.redacted()) node.put("redacted", r.text());
        if (why) {
            var verdicts = node.putArray("why");
            r.verdicts().forEach(v -> verdicts.add(v.layer() + " " + v.category().id() + ": " + v.reason()));
        }
        try {
            writer.write(json.writeValueAsString(node));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
