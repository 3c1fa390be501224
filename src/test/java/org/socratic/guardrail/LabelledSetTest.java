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
 * Runs the held-out test set {@code eval/guardrail/heldout3.jsonl} through {@code guardrail scan} exactly as
 * docs/guardrail.md quotes it, and holds the figures there as floors, so that a change that makes the guardrail
 * worse fails the build. The targets (recall 0.98 for self-harm and abuse, F1 0.9, benign false positives
 * 2%) are not all met yet; docs/guardrail.md says which. (The earlier test sets, {@code labelled.jsonl} and
 * {@code guardrail-dev/h2.jsonl}, became development and training data once they had been used.)
 */
class LabelledSetTest {
    static final String ROSTER = "Maya Patel,Jordan Lee,Sofia Garcia,Ethan Brooks,Liam Chen";

    @Test
    void the_labelled_set_scores_at_least_the_figures_quoted_in_the_docs() throws Exception {
        Path set = Path.of("eval/guardrail/heldout3.jsonl");
        assertTrue(Files.exists(set), "the labelled set is kept in the repository");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new GuardrailCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                    .execute("scan", "--in", set.toString(), "--roster", ROSTER, "--json");
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(0, exit, printed);
        String[] lines = printed.strip().split("\n");
        JsonNode m = new ObjectMapper().readTree(lines[lines.length - 1]).get("metrics");
        assertTrue(m.at("/categories/self_harm/recall").asDouble() >= Floors.SELF_HARM_RECALL, printed);
        assertTrue(m.at("/categories/abuse/recall").asDouble() >= Floors.ABUSE_RECALL, printed);
        assertTrue(m.get("microF1").asDouble() >= Floors.MICRO_F1, printed);
        assertTrue(m.get("benignFalsePositiveRate").asDouble() <= Floors.BENIGN_FALSE_POSITIVE_RATE, printed);
    }

    /** The figures measured and quoted in docs/guardrail.md, rounded down (raise them as the guardrail improves). */
    static final class Floors {
        static final double SELF_HARM_RECALL = 0.958;
        static final double ABUSE_RECALL = 0.983;
        static final double MICRO_F1 = 0.888;
        static final double BENIGN_FALSE_POSITIVE_RATE = 0.0373;
    }
}
