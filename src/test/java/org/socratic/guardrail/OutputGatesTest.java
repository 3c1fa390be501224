package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading level, terminology, and the safety categories on what the tutor says. */
class OutputGatesTest {
    private static final GuardrailContext GRADE_6 = GuardrailContext.builder().grade(6).subject("math").build();

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({"cat,1", "table,2", "fraction,2", "denominator,5", "multiply,3", "the,1", "equation,3"})
    void syllables(String word, int count) {
        assertEquals(count, ReadingLevel.syllables(word));
    }

    @Test
    void plain_language_passes_and_dense_prose_fails_for_a_sixth_grader() {
        String plain = "Let's look at the top number. It tells how many parts you have. The bottom number tells how "
                + "many parts make one whole. What do you see?";
        String dense = "Consequently, the multiplicative relationship characterising proportional quantities "
                + "necessitates identification of the invariant constant, subsequently facilitating determination "
                + "of unknown corresponding values throughout the representational configuration.";
        assertTrue(ReadingLevel.of(plain).grade() < 6, () -> "" + ReadingLevel.of(plain));
        assertTrue(TestGuardrails.offline().checkOutput(plain, GRADE_6).passed());
        GuardrailResult r = TestGuardrails.offline().checkOutput(dense, GRADE_6);
        assertEquals(List.of(Category.READING_LEVEL), r.verdicts().stream().map(Verdict::category).toList());
        assertEquals(Action.BLOCK, r.action());
        assertTrue(r.reasons().contains("grade 6"), r.reasons());
    }

    @Test
    void a_student_who_met_rate_of_change_is_not_told_gradient() {
        GuardrailContext ctx = GRADE_6.toBuilder().grade(8).termsMet(Set.of("rate_of_change")).build();
        GuardrailResult r = TestGuardrails.offline().checkOutput("Gradient is rise over run. The gradient here is steep.", ctx);
        assertEquals("Rate of change is rise over run. The rate of change here is steep.", r.text());
        assertEquals(Action.REDACT, r.action());
        assertTrue(r.passed());
        assertEquals("terminology", r.verdicts().getFirst().layer());
    }

    @Test
    void synonyms_of_terms_not_yet_met_are_left_alone_and_other_grades_are_untouched() {
        assertEquals("The gradient is 2.", TestGuardrails.offline().checkOutput("The gradient is 2.", GRADE_6).text());
        GuardrailContext grade3 = GuardrailContext.builder().grade(3).subject("math").termsMet(Set.of("rate_of_change")).build();
        assertEquals("The gradient is 2.", TestGuardrails.offline().checkOutput("The gradient is 2.", grade3).text());
    }

    @Test
    void the_registry_writes_the_prompt_section_with_met_terms_first() {
        TerminologyRegistry registry = TestGuardrails.config().terminology();
        String prompt = registry.promptSection("math", 7, Set.of("rate_of_change"));
        assertTrue(prompt.indexOf("rate of change") < prompt.indexOf("Other terms"), prompt);
        assertTrue(prompt.contains("never say: gradient"), prompt);
        assertEquals(Set.of("rate_of_change", "unit_rate"),
                registry.termsUsed("The unit rate is a rate of change.", "math", 7));
    }

    @ParameterizedTest(name = "tutor output blocked: {0}")
    @CsvSource(delimiter = '|', value = {
        "That's a damn stupid question. | profanity",
        "Honestly you're so stupid. | bullying",
        "Send me a picture of yourself, it'll be our secret. | abuse",
    })
    void unsafe_tutor_output_is_blocked(String text, String category) {
        GuardrailResult r = TestGuardrails.offline().checkOutput(text, GRADE_6);
        assertFalse(r.passed());
        assertTrue(r.categories().stream().anyMatch(c -> c.id().equals(category)), r.verdicts()::toString);
    }

    @Test
    void the_tutors_own_crisis_reply_passes_the_output_check() {
        String reply = TestGuardrails.config().crisis().caringReply(List.of(Category.SELF_HARM));
        GuardrailResult r = TestGuardrails.offline().checkOutput(reply, GuardrailContext.empty());
        assertTrue(r.passed(), r.verdicts()::toString);
    }
}
