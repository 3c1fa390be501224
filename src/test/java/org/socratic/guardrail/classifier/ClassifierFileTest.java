package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.config.ConfigException;

class ClassifierFileTest {
    @TempDir Path dir;

    private static LinearClassifier small() {
        WordHasher hasher = new WordHasher(10);
        List<Example> data = List.of(
                new Example(new Features(new float[] {1, 0, 0}, hasher.hash("i feel scared at home")), Set.of("abuse")),
                new Example(new Features(new float[] {0, 1, 0}, hasher.hash("what is two plus two")), Set.of()),
                new Example(new Features(new float[] {0, 0, 1}, hasher.hash("you are so dumb")), Set.of("bullying")));
        return new Trainer(new Trainer.Options(10, 0.3, 1e-4, 1)).train(data, List.of("abuse", "bullying"), 3, hasher)
                .withThresholds(new double[] {0.3, 0.6});
    }

    @Test
    void a_written_model_reads_back_with_the_same_scores_and_thresholds() {
        LinearClassifier model = small();
        Path file = dir.resolve("classifier/model.bin");
        ClassifierFile.write(file, model, new ObjectMapper().createObjectNode().put("examples", 3));
        ClassifierFile.Stored stored = ClassifierFile.read(file);
        Features f = model.features(new float[] {0.5f, 0.5f, 0}, "scared and dumb");
        assertArrayEquals(model.probabilities(f), stored.model().probabilities(f));
        assertEquals(List.of("abuse", "bullying"), stored.model().labels());
        assertEquals(0.6, stored.model().threshold(1));
        assertEquals(3, stored.training().get("examples").asInt());
    }

    @Test
    void a_missing_file_or_one_that_is_not_a_model_is_named() throws IOException {
        ConfigException missing = assertThrows(ConfigException.class, () -> ClassifierFile.read(dir.resolve("none.bin")));
        assertTrue(missing.getMessage().contains("none.bin") && missing.getMessage().contains("does not exist"));
        Path text = dir.resolve("text.bin");
        Files.writeString(text, "weights: 1 2 3");
        ConfigException notGzip = assertThrows(ConfigException.class, () -> ClassifierFile.read(text));
        assertTrue(notGzip.getMessage().contains("text.bin") && notGzip.getMessage().contains("not a gzip file"), notGzip.getMessage());
        Path other = dir.resolve("other.bin");
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(other)))) {
            out.writeUTF("something-else");
        }
        assertTrue(assertThrows(ConfigException.class, () -> ClassifierFile.read(other)).getMessage()
                .contains("not a guardrail classifier model"));
    }

    @Test
    void a_file_cut_short_is_refused() throws IOException {
        Path file = dir.resolve("model.bin");
        ClassifierFile.write(file, small(), new ObjectMapper().createObjectNode());
        byte[] raw;
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            raw = in.readAllBytes();
        }
        Path cut = dir.resolve("cut.bin");
        try (var out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write(Arrays.copyOf(raw, raw.length - 10));
        }
        ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(cut));
        assertTrue(e.getMessage().contains("cut.bin") && e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void a_threshold_outside_zero_and_one_is_refused() {
        Path file = dir.resolve("model.bin");
        ClassifierFile.write(file, small().withThresholds(new double[] {0.3, 1.0}), new ObjectMapper().createObjectNode());
        ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(file));
        assertTrue(e.getMessage().contains("thresholds.bullying"), e.getMessage());
    }

    @Test
    void a_model_of_the_first_format_is_refused_with_the_way_out() throws IOException {
        Path file = dir.resolve("old.bin");
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("socratic-guardrail-classifier");
            out.writeInt(1); // scored short texts without the floor on counted features
        }
        ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(file));
        assertTrue(e.getMessage().contains("old.bin") && e.getMessage().contains("retrain"), e.getMessage());
    }

    private Path withHeader(String name, String header) throws IOException {
        Path file = dir.resolve(name);
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("socratic-guardrail-classifier");
            out.writeInt(2);
            byte[] h = header.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(h.length);
            out.write(h);
        }
        return file;
    }

    @Test
    void a_header_that_asks_for_absurd_sizes_or_the_wrong_types_is_refused_before_anything_is_allocated() throws IOException {
        String[][] cases = {
            {"{\"dims\":2000000000,\"bits\":18,\"labels\":[\"abuse\"]}", "dims"},
            {"{\"dims\":\"384\",\"bits\":18,\"labels\":[\"abuse\"]}", "dims"},
            {"{\"dims\":384,\"bits\":8.9,\"labels\":[\"abuse\"]}", "bits"},
            {"{\"dims\":384,\"bits\":24,\"labels\":[\"a\",\"b\",\"c\"]}", "bits"},
            {"{\"dims\":384,\"bits\":18,\"labels\":[\"abuse\",\"abuse\"]}", "labels"},
            {"{\"dims\":384,\"bits\":18,\"labels\":{\"abuse\":1}}", "labels"},
            {"{\"dims\":3,\"bits\":10,\"labels\":[\"abuse\"],\"thresholds\":{\"abuse\":0.5},\"names\":[\"Liam\"]}", "names"},
        };
        for (String[] c : cases) {
            Path file = withHeader("hostile.bin", c[0]);
            ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(file), c[0]);
            assertTrue(e.getMessage().contains("hostile.bin") && e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void the_first_names_a_model_reads_as_one_token_are_stored_with_it() {
        WordHasher named = new WordHasher(10, Set.of("liam", "maya"));
        List<Example> data = List.of(
                new Example(new Features(new float[] {1, 0, 0}, named.hash("liam is so dumb")), Set.of("bullying")),
                new Example(new Features(new float[] {0, 1, 0}, named.hash("maya and i did the poster")), Set.of()));
        LinearClassifier model = new Trainer(new Trainer.Options(5, 0.3, 1e-4, 1)).train(data, List.of("bullying"), 3, named);
        Path file = dir.resolve("named.bin");
        ClassifierFile.write(file, model, new ObjectMapper().createObjectNode());
        LinearClassifier read = ClassifierFile.read(file).model();
        assertEquals(Set.of("liam", "maya"), read.hasher().names());
        Features f = read.features(new float[] {0, 0, 1}, "liam and maya");
        assertArrayEquals(model.probabilities(f), read.probabilities(f));
        assertEquals(Set.of(), ClassifierFile.read(writeSmall("plain.bin")).model().hasher().names());
    }

    private Path writeSmall(String name) {
        Path file = dir.resolve(name);
        ClassifierFile.write(file, small(), new ObjectMapper().createObjectNode());
        return file;
    }

    @Test
    void a_weight_that_is_not_a_number_is_refused() {
        LinearClassifier model = small();
        model.dense()[0][1] = Float.NaN;
        Path file = dir.resolve("nan.bin");
        ClassifierFile.write(file, model, new ObjectMapper().createObjectNode());
        ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(file));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("nan.bin.partial")), "written beside, then moved over");
    }

    @Test
    void the_embedding_reach_is_stored_and_a_file_without_it_gets_the_bound_for_any_embedding() throws IOException {
        LinearClassifier bound = small();
        LinearClassifier measured = bound.withReachOver(List.of(new Features(new float[] {0, 1, 0}, new int[0])));
        Path file = dir.resolve("model.bin");
        ClassifierFile.write(file, measured, new ObjectMapper().createObjectNode());
        LinearClassifier read = ClassifierFile.read(file).model();
        for (int l = 0; l < 2; l++) assertEquals(measured.reach(l), read.reach(l));

        Path unrecorded = dir.resolve("unrecorded.bin");
        ClassifierFile.write(unrecorded, bound, new ObjectMapper().createObjectNode());
        for (int l = 0; l < 2; l++) assertEquals(bound.reach(l), ClassifierFile.read(unrecorded).model().reach(l));

        Path older = rewriteHeader(file, "older.bin", header -> header.remove("reach"));
        LinearClassifier unmeasured = ClassifierFile.read(older).model();
        for (int l = 0; l < 2; l++) {
            assertEquals(bound.reach(l).highest(), unmeasured.reach(l).highest(), 1e-6);
            assertEquals(-bound.reach(l).highest(), unmeasured.reach(l).lowest(), 1e-6);
            assertTrue(measured.reach(l).highest() < bound.reach(l).highest(), "the bound is the weights' length");
        }

        for (String bad : List.of("[0.5, 1]", "[-1]", "0.7", "[\"a\", 1]")) {
            Path file2 = rewriteHeader(file, "bad.bin", header -> ((ObjectNode) header.get("reach")).set("abuse", json(bad)));
            ConfigException e = assertThrows(ConfigException.class, () -> ClassifierFile.read(file2), bad);
            assertTrue(e.getMessage().contains("bad.bin") && e.getMessage().contains("reach.abuse"), e.getMessage());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A copy of a model file whose JSON header {@code edit} changed. */
    private Path rewriteHeader(Path file, String name, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        Path copy = dir.resolve(name);
        try (var in = new java.io.DataInputStream(new GZIPInputStream(Files.newInputStream(file)));
                var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(copy)))) {
            out.writeUTF(in.readUTF());
            out.writeInt(in.readInt());
            ObjectNode header = (ObjectNode) new ObjectMapper().readTree(in.readNBytes(in.readInt()));
            edit.accept(header);
            byte[] h = new ObjectMapper().writeValueAsBytes(header);
            out.writeInt(h.length);
            out.write(h);
            in.transferTo(out);
        }
        return copy;
    }
}
