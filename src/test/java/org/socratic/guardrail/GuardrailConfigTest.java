package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.config.ConfigException;

/** The guardrails folder is validated when loaded; a mistake names the file and the line. */
class GuardrailConfigTest {
    @TempDir Path dir;

    private Path copy() throws IOException {
        Path src = Path.of("guardrails");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to));
    }

    @Test
    void the_repository_configuration_loads_and_covers_every_category() {
        GuardrailConfig config = TestGuardrails.config();
        for (Category c : Category.values()) assertEquals(c, config.policy().rule(c).category());
        assertEquals(Action.ESCALATE, config.policy().rule(Category.SELF_HARM).action());
        assertEquals(Action.ESCALATE, config.policy().rule(Category.ABUSE).action());
        assertTrue(config.terminology().concepts("math", 7).size() > 10);
    }

    @Test
    void an_unknown_action_is_reported_with_file_and_line() throws IOException {
        Path d = copy();
        replace(d.resolve("policy.yml"), "action: escalate\n    output_action: block\n  abuse:",
                "action: escalte\n    output_action: block\n  abuse:");
        ConfigException e = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(e.getMessage().contains("policy.yml:") && e.getMessage().contains("unknown action 'escalte'"),
                e.getMessage());
    }

    @Test
    void a_broken_pattern_is_reported_with_its_lexicon_file() throws IOException {
        Path d = copy();
        replace(d.resolve("lexicons/weapons.yml"), "  - gun\n", "  - gun\npatterns:\n  - '(unclosed'\n");
        ConfigException e = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(e.getMessage().contains("weapons.yml"), e.getMessage());
    }

    @Test
    void a_typo_in_a_key_is_caught() throws IOException {
        Path d = copy();
        replace(d.resolve("crisis.yml"), "closing:", "closng:");
        ConfigException e = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(e.getMessage().contains("crisis.yml") && e.getMessage().contains("closng"), e.getMessage());
    }

    @Test
    void a_synonym_that_is_part_of_its_own_term_is_refused() throws IOException {
        Path d = copy();
        replace(d.resolve("terminology/math-6-8.yml"), "avoid: [gradient, gradients, steepness]",
                "avoid: [gradient, change]");
        ConfigException e = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(e.getMessage().contains("math-6-8.yml"), e.getMessage());
    }

    @Test
    void a_district_edits_its_crisis_resources() throws IOException {
        Path d = copy();
        replace(d.resolve("crisis.yml"), "Room 104, or ask any teacher to take you there", "call Ms. Lopez on 555-0100");
        String reply = GuardrailConfig.load(d).crisis().caringReply(java.util.List.of(Category.SELF_HARM));
        assertTrue(reply.contains("Ms. Lopez on 555-0100"), reply);
    }

    @Test
    void a_missing_or_broken_classifier_model_is_named() throws IOException {
        Path d = copy();
        Files.delete(d.resolve("classifier/model.bin"));
        ConfigException missing = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(missing.getMessage().contains("model.bin") && missing.getMessage().contains("does not exist"),
                missing.getMessage());
        Files.writeString(d.resolve("classifier/model.bin"), "not a model");
        ConfigException broken = assertThrows(ConfigException.class, () -> GuardrailConfig.load(d));
        assertTrue(broken.getMessage().contains("model.bin"), broken.getMessage());
        replace(d.resolve("policy.yml"), "  enabled: true\n  model: classifier/model.bin", "  enabled: false\n  model: classifier/model.bin");
        assertTrue(GuardrailConfig.load(d).classifier().isEmpty(), "a district may turn the classifier off");
    }
}
