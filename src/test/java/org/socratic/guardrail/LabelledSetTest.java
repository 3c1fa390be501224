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
 * Runs the held-out test set {@code eval/guardrail/heldout4.jsonl} through {@code guardrail scan} exactly as
 * docs/guardrail.md quotes it, and holds the figures there as floors, so that a change that makes the guardrail
 * worse fails the build. The targets (recall 0.98 for self-harm and abuse, F1 0.9, benign false positives
 * 2%) are not all met yet; docs/guardrail.md says which. (The earlier test sets, {@code labelled.jsonl},
 * {@code guardrail-dev/h2.jsonl} and {@code heldout3.jsonl}, became development and training data once they had
 * been used.) The everyday set holds the false-positive rate on ordinary tutoring chat.
 */
class LabelledSetTest {
    static final String ROSTER = "Maya Patel,Jordan Lee,Sofia Garcia,Ethan Brooks,Liam Chen";

    /** Runs {@code guardrail scan --json} on a set as docs/guardrail.md quotes it; returns the metrics. */
    private static JsonNode scan(String path, String... extra) throws Exception {
        Path set = Path.of(path);
        assertTrue(Files.exists(set), "the set is kept in the repository: " + path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("scan", "--in", path, "--json"),
                    java.util.Arrays.stream(extra)).toArray(String[]::new);
            exit = new CommandLine(new GuardrailCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(0, exit, printed);
        String[] lines = printed.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]).get("metrics");
    }

    @Test
    void the_held_out_set_scores_at_least_the_figures_quoted_in_the_docs() throws Exception {
        JsonNode m = scan("eval/guardrail/heldout4.jsonl", "--roster", ROSTER);
        assertTrue(m.at("/categories/self_harm/recall").asDouble() >= Floors.SELF_HARM_RECALL, m::toString);
        assertTrue(m.at("/categories/abuse/recall").asDouble() >= Floors.ABUSE_RECALL, m::toString);
        assertTrue(m.get("microF1").asDouble() >= Floors.MICRO_F1, m::toString);
        assertTrue(m.get("benignFalsePositiveRate").asDouble() <= Floors.BENIGN_FALSE_POSITIVE_RATE, m::toString);
    }

    @Test
    void everyday_tutoring_chat_is_rarely_flagged() throws Exception {
        JsonNode m = scan("eval/guardrail/everyday-test.jsonl");
        assertTrue(m.get("benignFalsePositiveRate").asDouble() <= Floors.EVERYDAY_FALSE_POSITIVE_RATE, m::toString);
    }

    /** The figures measured and quoted in docs/guardrail.md, rounded down (raise them as the guardrail improves). */
    static final class Floors {
        static final double SELF_HARM_RECALL = 0.923;
        static final double ABUSE_RECALL = 0.941;
        static final double MICRO_F1 = 0.909;
        static final double BENIGN_FALSE_POSITIVE_RATE = 0.0415;
        static final double EVERYDAY_FALSE_POSITIVE_RATE = 0.0100;
    }
}
