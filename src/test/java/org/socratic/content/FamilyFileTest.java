package org.socratic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socratic.config.ConfigException;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/** Mistakes a curriculum owner can make in a family file, each reported with the file, the line and the key. */
class FamilyFileTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            skill: ee.demo
            families:
              - id: add
                title: Adding
                difficulty: 1
                params:
                  a: {int: [1, 9]}
                  b: {int: [1, 9]}
                answer: {kind: number, value: a + b}
                prompt: "What is {a} + {b}?"
                hints:
                  - "Count on from {a}."
                  - "Add {b} to {a}."
                solution: "{a} + {b} = {answer}."
                misconceptions:
                  - {id: multiplied, description: Multiplied instead of adding., wrong: a * b + 100}
                explanation: "Adding two numbers puts their amounts together: 3 + 4 = 7, counted on from 3 by four more steps."
            """;

    Path write(String text) throws Exception {
        Path families = Files.createDirectories(dir.resolve("families"));
        Path file = families.resolve("ee.demo.yml");
        Files.writeString(file, text);
        return file;
    }

    /** A mistake: the text to change in the good file, what to write instead, the line and the expected message. */
    record Mistake(String why, String from, String to, int line, String message) {
        @Override
        public String toString() {
            return why;
        }
    }

    static List<Mistake> mistakes() {
        return List.of(
                new Mistake("a misspelt key", "prompt: \"What", "promt: \"What", 10, "unknown key 'promt'"),
                new Mistake("an unknown answer kind", "kind: number", "kind: numeral", 9, "unknown answer kind"),
                new Mistake("a broken answer expression", "value: a + b}", "value: a + * b}", 9, "not a valid expression"),
                new Mistake("a hint ladder of one", "      - \"Add {b} to {a}.\"\n", "", 12, "at least two hints"),
                new Mistake("an unclosed slot", "{a} + {b}?\"", "{a + {b}?\"", 10, "unbalanced"),
                new Mistake("a reversed range", "a: {int: [1, 9]}", "a: {int: [9, 1]}", 7, "range is empty"),
                new Mistake("a parameter named answer", "b: {int: [1, 9]}", "answer: {int: [1, 9]}", 8, "reserved"),
                new Mistake("a form that does not apply", "value: a + b}", "value: a + b, form: factored}", 9,
                        "for numbers, form is"),
                new Mistake("a short explanation", "explanation: \"Adding two numbers puts their amounts together: 3 + 4 "
                        + "= 7, counted on from 3 by four more steps.\"", "explanation: \"Too short.\"", 17, "too short"));
    }

    @ParameterizedTest(name = "{0} is reported with the file and line")
    @MethodSource("mistakes")
    void aMistakeInAFamilyFileNamesTheFileAndLine(Mistake mistake) throws Exception {
        assertTrue(GOOD.contains(mistake.from()), "test setup: " + mistake.from());
        Path file = write(GOOD.replace(mistake.from(), mistake.to()));
        ConfigException e = assertThrows(ConfigException.class, () -> FamilyFile.read(file), mistake.why());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(mistake.message()), e.getMessage());
        assertEquals(mistake.line(), e.line(), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void theGoodFileReads() throws Exception {
        assertEquals("ee.demo/add", FamilyFile.read(write(GOOD)).families().getFirst().id());
    }

    @org.junit.jupiter.api.Test
    void aFamilyOfAnUnknownSkillAndASkillWithTooFewFamiliesAreBothReported() throws Exception {
        write(GOOD);
        SkillGraph graph = SkillGraph.of(List.of(Skill.of("ee.other", 6, "6.EE.A.1")));
        ContentBank.Loaded loaded = ContentBank.read(dir, graph);
        List<String> messages = loaded.errors().stream().map(Throwable::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown skill 'ee.demo'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("skill ee.other has 0 item families")), messages.toString());
    }

    @org.junit.jupiter.api.Test
    void aFamilyWhoseConstraintsRejectEveryDrawFailsValidationNamingTheConstraint() throws Exception {
        Path file = write(GOOD.replace("    answer:", "    where:\n      - a > 100\n    answer:"));
        Family family = FamilyFile.read(file).families().getFirst();
        var check = ContentValidator.check(family, 10);
        assertEquals(1, check.errors().size());
        assertTrue(check.errors().getFirst().contains("a > 100"), check.errors().toString());
    }

    @org.junit.jupiter.api.Test
    void aWorkedSolutionThatDoesNotStateTheAnswerFailsValidation() throws Exception {
        Path file = write(GOOD.replace("solution: \"{a} + {b} = {answer}.\"", "solution: \"Add them up.\""));
        var check = ContentValidator.check(FamilyFile.read(file).families().getFirst(), 5);
        assertTrue(check.errors().getFirst().contains("does not state the answer"), check.errors().toString());
    }

    @org.junit.jupiter.api.Test
    void aMisconceptionThatIsOftenRightFailsValidation() throws Exception {
        Path file = write(GOOD.replace("wrong: a * b + 100", "wrong: \"IF(a == 1, b + 1, a + b)\""));
        var check = ContentValidator.check(FamilyFile.read(file).families().getFirst(), 50);
        assertTrue(check.errors().stream().anyMatch(m -> m.contains("gives the right answer")), check.errors().toString());
    }
}
