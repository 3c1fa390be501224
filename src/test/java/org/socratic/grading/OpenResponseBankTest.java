package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socratic.config.ConfigException;
import org.socratic.content.Answer;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/** The shipped open-response prompts are consistent, and a mistake in a file is reported where it is. */
class OpenResponseBankTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void the_shipped_prompts_cover_several_skills_each_with_a_rubric_and_references() {
        SkillGraph graph = SkillGraph.load(CONTENT);
        OpenResponseBank bank = OpenResponseBank.load(CONTENT, graph);
        Set<String> skills = new HashSet<>();
        for (OpenPrompt p : bank.all()) {
            skills.add(p.skillId());
            assertTrue(graph.contains(p.skillId()), p.id());
            assertTrue(p.references().size() >= 2, p.id());
            assertTrue(p.rubric().maxScore() >= 2, p.id());
            // Every reference explanation is a full-marks answer, so its final answer must be checkable.
            assertTrue(p.answer().display().length() > 0, p.id());
        }
        assertTrue(bank.all().size() >= 6, "at least six prompts, got " + bank.all().size());
        assertTrue(skills.size() >= 4, "several skills, got " + skills);
        assertEquals(bank.forSkill("rp.unit-rate").size(), 2);
    }

    @Test
    void the_final_answer_of_a_shipped_prompt_is_checked_by_the_content_checker() {
        OpenResponseBank bank = OpenResponseBank.load(CONTENT, SkillGraph.load(CONTENT));
        OpenPrompt buy = bank.prompt("rp.unit-rate/better-buy");
        assertInstanceOf(Answer.Choice.class, buy.answer());
        assertEquals(FinalAnswerCheck.Outcome.CORRECT, FinalAnswerCheck.of(buy.answer(), "the 20 oz box").outcome());
        assertEquals(FinalAnswerCheck.Outcome.INCORRECT, FinalAnswerCheck.of(buy.answer(), "12 ounce").outcome());
        OpenPrompt discount = bank.prompt("rp.percent/discount");
        assertEquals(FinalAnswerCheck.Outcome.CORRECT, FinalAnswerCheck.of(discount.answer(), "$30.00").outcome());
        assertEquals(FinalAnswerCheck.Outcome.INCORRECT, FinalAnswerCheck.of(discount.answer(), "15").outcome());
        assertEquals(FinalAnswerCheck.Outcome.NOT_GIVEN, FinalAnswerCheck.of(discount.answer(), null).outcome());
    }

    private static final String GOOD = """
            skill: rp.unit-rate
            prompts:
              - id: p1
                problem: "4 pens cost $2. How much is one pen?"
                answer: {kind: number, value: "0.5", unit: $}
                question: Explain why your answer makes sense.
                rubric:
                  - id: divides
                    points: 2
                    description: Divides the cost by the number of pens.
                references:
                  - "2 divided by 4 is 0.50, so one pen is 50 cents."
                  - "Four pens share two dollars, so each gets half a dollar."
            """;

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            skill: rp.unit-rate                                       | skill: rp.unit-rates                     | but the file is named              | a skill that does not match the file name
            - "Four pens share two dollars, so each gets half a dollar." | ~~                                     | at least 2 reference               | a single reference explanation
            points: 2                                                 | points: 0                                | must be between 1 and 10           | a criterion worth no points
            kind: number, value: "0.5"                                | kind: number, value: "half"              | expected a number                  | an answer that is not a number
            description: Divides the cost by the number of pens.      | descripton: Divides the cost.            | unknown key 'descripton'           | a misspelt key
            id: p1                                                    | id: P 1                                  | lower-case letters                 | a malformed id
            """)
    void a_mistake_names_the_file_and_the_line(String find, String replace, String message, String why,
                                               @TempDir Path dir) throws IOException {
        Path content = contentWith(dir, GOOD.replace(find, replace));
        ConfigException e = assertThrows(ConfigException.class,
                () -> OpenResponseBank.load(content, graph()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("rp.unit-rate.yml"), e.getMessage());
        assertTrue(e.line() > 0, "a line number: " + e.getMessage());
    }

    @Test
    void a_skill_that_is_not_in_the_graph_is_refused(@TempDir Path dir) throws IOException {
        SkillGraph other = SkillGraph.of(java.util.List.of(Skill.of("rp.percent", 6, "6.RP.A.3c")));
        ConfigException e = assertThrows(ConfigException.class, () -> OpenResponseBank.load(contentWith(dir, GOOD), other));
        assertTrue(e.getMessage().contains("unknown skill 'rp.unit-rate'"), e.getMessage());
    }

    @Test
    void a_well_formed_file_loads(@TempDir Path dir) throws IOException {
        OpenResponseBank bank = OpenResponseBank.load(contentWith(dir, GOOD), graph());
        OpenPrompt p = bank.prompt("rp.unit-rate/p1");
        assertEquals(6, p.grade(), "the grade defaults to the skill's");
        assertEquals(2, p.rubric().maxScore());
    }

    @Test
    void a_choice_whose_answer_is_not_an_option_is_refused(@TempDir Path dir) throws IOException {
        String choice = GOOD.replace("answer: {kind: number, value: \"0.5\", unit: $}",
                "answer: {kind: choice, value: maybe, options: [[yes, y], [no, n]]}");
        ConfigException e = assertThrows(ConfigException.class, () -> OpenResponseBank.load(contentWith(dir, choice), graph()));
        assertTrue(e.getMessage().contains("'maybe' is not the first spelling of any option"), e.getMessage());
    }

    private static SkillGraph graph() {
        return SkillGraph.of(java.util.List.of(Skill.of("rp.unit-rate", 6, "6.RP.A.2")));
    }

    private static Path contentWith(Path dir, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("open-responses"));
        Files.writeString(folder.resolve("rp.unit-rate.yml"), yaml);
        return dir;
    }
}
