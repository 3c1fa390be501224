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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GuardrailScanCommandTest {
    @TempDir Path dir;


    @Test
    void scans_lines_writes_verdicts_and_reports_metrics_and_malformed_lines() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"i want to kill myself\",\"role\":\"student\",\"labels\":[\"self_harm\"]}",
                "{\"id\":\"b\",\"text\":\"email me at kid@example.com\",\"role\":\"student\",\"labels\":[\"pii\"]}",
                "{\"id\":\"c\",\"text\":\"this homework is killing me\",\"role\":\"student\",\"labels\":[]}",
                "not json at all",
                "{\"id\":\"d\",\"text\":\"So the answer is 2,000.\",\"role\":\"tutor\","
                        + "\"context\":{\"problem\":\"What is 1000 + 1000?\",\"answer\":\"2000\",\"subject\":\"math\",\"grade\":6},"
                        + "\"labels\":[\"answer_leak\"]}",
                "{\"id\":\"e\",\"role\":\"student\"}"));
        Path out = dir.resolve("out.jsonl");
        GuardrailCli.Run run = GuardrailCli.run("scan", "--in", in.toString(), "--out", out.toString(), "--layers", "offline", "--json");
        assertEquals(2, run.exit(), "malformed lines make the exit code 2");
        assertTrue(run.err().contains(":4: skipped: not valid JSON"), run.err());
        assertTrue(run.err().contains(":6: skipped: missing \"text\""), run.err());

        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(lines.get(0));
        assertEquals("escalate", a.get("action").asText());
        assertEquals("self_harm", a.get("categories").get(0).asText());
        assertEquals("critical", a.get("severity").asText());
        assertEquals(false, a.get("leak").asBoolean());
        JsonNode b = json.readTree(lines.get(1));
        assertEquals("email me at [EMAIL]", b.get("redacted").asText());
        assertEquals("allow", json.readTree(lines.get(2)).get("action").asText());
        JsonNode d = json.readTree(lines.get(3));
        assertTrue(d.get("leak").asBoolean());
        assertEquals("block", d.get("action").asText());

        String[] outLines = run.out().strip().split("\n");
        JsonNode summary = json.readTree(outLines[outLines.length - 1]);
        assertEquals(1.0, summary.at("/metrics/microF1").asDouble(), 1e-9);
        assertEquals(0.0, summary.at("/metrics/benignFalsePositiveRate").asDouble(), 1e-9);
        assertTrue(run.out().contains("self_harm"), run.out());
    }

    @Test
    void a_missing_input_file_is_a_clear_error() {
        GuardrailCli.Run run = new GuardrailCli.Run(0, "", "");
        try {
            run = GuardrailCli.run("scan", "--in", dir.resolve("nope.jsonl").toString());
        } catch (Exception ignored) {
            // picocli reports the exception through its default handler
        }
        assertTrue(run.exit() != 0);
    }
}
