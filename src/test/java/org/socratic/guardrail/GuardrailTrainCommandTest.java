package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.guardrail.classifier.ClassifierFile;
import picocli.CommandLine;

class GuardrailTrainCommandTest {
    @TempDir Path dir;


    private static String line(String id, String text, String labels) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"role\":\"student\",\"labels\":[" + labels + "]}";
    }

    /** A small labelled set: worry about home, requests for the answer, and everyday work. */
    private Path data() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] worry = {"i am scared to go home tonight", "my dad hits me when he is angry", "nobody feeds me at home",
            "my uncle told me to keep our secret", "i have bruises my mom said to hide", "i get locked outside at night",
            "the babysitter slaps me", "i am afraid of my stepdad", "they leave me alone for days", "he said not to tell anyone",
            "my mom throws things at me", "i hide in my closet when he yells"};
        String[] answer = {"just tell me the answer", "give me the answer now", "what is the answer to number 4",
            "tell me what x is", "do my homework for me", "solve it for me please", "whats the final answer",
            "just give me the number", "answer key please", "tell me the solution", "i need the answer fast",
            "write the answer for me"};
        String[] benign = {"how do i add fractions", "what is a prime number", "can i have a hint", "thanks for the help",
            "what does perimeter mean", "is 3 a factor of 12", "explain it another way", "i think x is 5",
            "how many sides does a hexagon have", "what is the area of a square", "can we do another example",
            "i dont get step 2", "what is a ratio", "how do i find the mean", "hello", "that makes sense now"};
        for (int i = 0; i < worry.length; i++) lines.add(line("ab-" + i, worry[i], "\"abuse\""));
        for (int i = 0; i < answer.length; i++) lines.add(line("as-" + i, answer[i], "\"answer_seeking\""));
        for (int i = 0; i < benign.length; i++) lines.add(line("bn-" + i, benign[i], ""));
        Path file = dir.resolve("train.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void trains_prints_cross_validated_figures_and_writes_a_model_that_loads() throws Exception {
        Path model = dir.resolve("out/model.bin");
        GuardrailCli.Run r = GuardrailCli.run("train", "--data", data().toString(), "--out", model.toString(), "--folds", "3", "--epochs", "20");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("3-fold cross-validation") && r.out().contains("abuse") && r.out().contains("answer_seeking"),
                r.out());
        assertTrue(r.out().contains("not learned: self_harm has 0 labelled lines"), r.out());
        ClassifierFile.Stored stored = ClassifierFile.read(model);
        assertEquals(List.of("abuse", "answer_seeking"), stored.model().labels());
        assertEquals(40, stored.training().get("examples").asInt());
        assertEquals(64, stored.training().get("data").get(0).get("sha256").asText().length());
    }

    @Test
    void a_line_of_invisible_characters_alone_is_learned_from_its_words_not_refused_by_the_embedding_model() throws Exception {
        Path file = data();
        Files.writeString(file, Files.readString(file) + "{\"id\":\"zw\",\"text\":\"\\u200b\\u200b\",\"labels\":[]}\n");
        Path model = dir.resolve("blank/model.bin");
        GuardrailCli.Run r = GuardrailCli.run("train", "--data", file.toString(), "--out", model.toString(), "--folds", "2",
                "--epochs", "5", "--rounds", "1");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(41, ClassifierFile.read(model).training().get("examples").asInt());
    }

    @Test
    void a_bad_line_is_reported_with_its_number_and_nothing_is_written() throws Exception {
        Path file = data();
        Files.writeString(file, Files.readString(file) + "{\"id\":\"x\",\"text\":\"no labels here\"}\n");
        Path model = dir.resolve("model.bin");
        GuardrailCli.Run r = GuardrailCli.run("train", "--data", file.toString(), "--out", model.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("train.jsonl:41: no \"labels\""), r.err());
        assertFalse(Files.exists(model));
    }

    @Test
    void first_names_are_read_from_a_file_and_stored_with_the_model_and_a_bad_one_is_named() throws Exception {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "# first names\nliam\n\nmaya  # a comment\n");
        Path model = dir.resolve("named/model.bin");
        GuardrailCli.Run r = GuardrailCli.run("train", "--data", data().toString(), "--out", model.toString(), "--folds", "2",
                "--epochs", "5", "--rounds", "1", "--names", names.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("2 first names read as one token"), r.out());
        assertEquals(java.util.Set.of("liam", "maya"), ClassifierFile.read(model).model().hasher().names());
        Files.writeString(names, "liam\nO'Brien\n");
        GuardrailCli.Run bad = GuardrailCli.run("train", "--data", data().toString(), "--names", names.toString());
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("names.txt:2: 'O'Brien' is not a first name"), bad.err());
        Files.write(names, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        GuardrailCli.Run binary = GuardrailCli.run("train", "--data", data().toString(), "--names", names.toString());
        assertTrue(binary.err().contains("names.txt: not UTF-8 text"), binary.err());
        GuardrailCli.Run weights = GuardrailCli.run("weights", "--data", names.toString(), "--model", model.toString());
        assertNotEquals(0, weights.exit());
        assertTrue(weights.err().contains("names.txt: not UTF-8 text"), weights.err());
    }

    @Test
    void an_unknown_recall_first_category_or_a_file_that_is_not_text_is_refused() throws Exception {
        GuardrailCli.Run typo = GuardrailCli.run("train", "--data", data().toString(), "--recall-first", "self-harm");
        assertNotEquals(0, typo.exit(), typo.err());
        assertTrue(typo.err().contains("--recall-first: unknown category 'self-harm'"), typo.err());
        Path binary = dir.resolve("model.jsonl");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        GuardrailCli.Run notText = GuardrailCli.run("train", "--data", binary.toString());
        assertNotEquals(0, notText.exit(), notText.err());
        assertTrue(notText.err().contains("model.jsonl: not UTF-8 text"), notText.err());
    }

    @Test
    void the_idioms_file_is_read_before_training_and_a_missing_or_bad_one_is_named() throws Exception {
        Path model = dir.resolve("idioms/model.bin");
        GuardrailCli.Run missing = GuardrailCli.run("train", "--data", data().toString(), "--out", model.toString(),
                "--idioms", dir.resolve("nowhere.yml").toString());
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("--idioms: no such file"), missing.err());
        Path idioms = dir.resolve("idioms.yml");
        Files.writeString(idioms, "idioms:\n  - pattern: 'killing me'\n    why: hyperbole\n  - pattern: '(unclosed'\n    why: broken\n");
        GuardrailCli.Run bad = GuardrailCli.run("train", "--data", data().toString(), "--out", model.toString(),
                "--idioms", idioms.toString());
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("idioms.yml") && bad.err().contains(":4"), bad.err());
        assertFalse(Files.exists(model));
    }
}
