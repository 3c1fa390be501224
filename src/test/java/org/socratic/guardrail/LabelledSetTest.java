package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the held-out test set {@code eval/guardrail/heldout12.jsonl} through {@code guardrail scan} exactly as
 * docs/guardrail.md quotes it, and holds the figures there as floors, so that a change that makes the guardrail
 * worse fails the build. The targets (recall 0.98 for self-harm and abuse, F1 0.9, benign false positives
 * 2%) are met on it; docs/guardrail.md gives the figures, and how much they vary from one set to the next. (The
 * earlier test sets, {@code labelled.jsonl}, {@code guardrail-dev/h2.jsonl}, {@code heldout3.jsonl} to {@code heldout11.jsonl} and the first seven everyday sets,
 * became development and training data once they had been used.) The everyday set holds the false-positive rate on
 * ordinary tutoring chat.
 */
class LabelledSetTest {
    static final String ROSTER = "Maya Patel,Jordan Lee,Sofia Garcia,Ethan Brooks,Liam Chen";

    /** Runs {@code guardrail scan --json} on a set as docs/guardrail.md quotes it; returns the metrics. */
    private static JsonNode scan(String path, String... extra) throws Exception {
        assertTrue(Files.exists(Path.of(path)), "the set is kept in the repository: " + path);
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("scan", "--in", path, "--json"),
                java.util.Arrays.stream(extra)).toArray(String[]::new);
        GuardrailCli.Run run = GuardrailCli.run(args);
        System.out.println(run.out());
        assertEquals(0, run.exit(), run.out() + run.err());
        String[] lines = run.out().strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]).get("metrics");
    }

    @Test
    void the_held_out_set_scores_at_least_the_figures_quoted_in_the_docs() throws Exception {
        JsonNode m = scan("eval/guardrail/heldout12.jsonl", "--roster", ROSTER);
        assertTrue(m.at("/categories/self_harm/recall").asDouble() >= Floors.SELF_HARM_RECALL, m::toString);
        assertTrue(m.at("/categories/abuse/recall").asDouble() >= Floors.ABUSE_RECALL, m::toString);
        assertTrue(m.get("microF1").asDouble() >= Floors.MICRO_F1, m::toString);
        assertTrue(m.get("benignFalsePositiveRate").asDouble() <= Floors.BENIGN_FALSE_POSITIVE_RATE, m::toString);
    }

    @Test
    void everyday_tutoring_chat_is_rarely_flagged() throws Exception {
        JsonNode m = scan("eval/guardrail/everyday-test-8.jsonl");
        assertTrue(m.get("benignFalsePositiveRate").asDouble() <= Floors.EVERYDAY_FALSE_POSITIVE_RATE, m::toString);
    }

    /**
     * The figures measured and quoted in docs/guardrail.md, less about one line's worth of slack (an embedding computed
     * on another processor may move a line that sits on a threshold). Raise them as the guardrail improves.
     */
    static final class Floors {
        static final double SELF_HARM_RECALL = 0.98;            // measured 0.992 (121 of 122); the target
        static final double ABUSE_RECALL = 0.98;                // measured 0.991 (110 of 111); the target
        static final double MICRO_F1 = 0.95;                    // measured 0.959
        static final double BENIGN_FALSE_POSITIVE_RATE = 0.02;  // measured 0.017 (7 of 421); the target
        static final double EVERYDAY_FALSE_POSITIVE_RATE = 0.0025; // measured 0.000 (0 of 400)
    }
}
