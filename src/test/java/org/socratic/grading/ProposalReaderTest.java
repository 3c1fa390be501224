package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model's reply is untrusted: only a reply that satisfies every rule becomes a proposal. */
class ProposalReaderTest {
    static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion("finds-unit-prices", "Finds the price of one ounce of each box.", 2),
            new Criterion("compares-correctly", "Picks the box with the lower unit price.", 1),
            new Criterion("not-just-total", "Says the cheaper total does not decide it.", 1)));
    static final String ANSWER = "3.60 divided by 12 is 0.30 and 5.00 divided by 20 is 0.25, so the big box costs "
            + "less per ounce and it is the better buy.";

    private static ProposalReading read(String json) {
        return ProposalReader.read(json, RUBRIC, ANSWER);
    }

    @Test
    void a_reply_that_follows_every_rule_becomes_a_proposal() {
        ProposalReading reading = read("""
                {"score": 3,
                 "criteria_met": [
                   {"criterion": "finds-unit-prices", "evidence": "3.60 divided by 12 is 0.30 and 5.00 divided by 20 is 0.25"},
                   {"criterion": "compares-correctly", "evidence": "the big box costs less per ounce"}],
                 "misconception": "",
                 "rationale": "Finds both unit prices and compares them. Does not say why the total is misleading.",
                 "confidence": 0.86}""");

        GradeProposal p = assertInstanceOf(ProposalReading.Valid.class, reading).proposal();
        assertEquals(3, p.score());
        assertEquals(4, p.maxScore());
        assertEquals(0.86, p.confidence());
        assertEquals(List.of("finds-unit-prices", "compares-correctly"), p.criteriaMet().stream().map(CriterionMet::criterion).toList());
        assertNull(p.misconception(), "an empty misconception means none");
    }

    @Test
    void evidence_that_is_not_in_the_answer_is_rejected() {
        ProposalReading reading = read("""
                {"score": 4, "criteria_met": [
                   {"criterion": "finds-unit-prices", "evidence": "3.60 divided by 12 is 0.30"},
                   {"criterion": "compares-correctly", "evidence": "the big box costs less per ounce"},
                   {"criterion": "not-just-total", "evidence": "the small box is only cheaper because you get less"}],
                 "misconception": "", "rationale": "Complete.", "confidence": 0.95}""");

        List<String> problems = assertInstanceOf(ProposalReading.Invalid.class, reading).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains("evidence for 'not-just-total' is not in the student's answer"), problems.getFirst());
    }

    @Test
    void a_reply_wrapped_in_a_code_fence_is_still_read() {
        ProposalReading reading = read("```json\n{\"score\": 1, \"criteria_met\": [{\"criterion\": \"compares-correctly\","
                + " \"evidence\": \"it is the better buy\"}], \"misconception\": null, \"rationale\": \"Picks the box.\","
                + " \"confidence\": 0.7}\n```");

        assertEquals(1, assertInstanceOf(ProposalReading.Valid.class, reading).proposal().score());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            I think the student did well, 3 points.                                                                                     | not JSON                          | prose instead of JSON
            [1, 2]                                                                                                                       | not a JSON object                 | a list instead of an object
            {"score": 9, "criteria_met": [], "misconception": "", "rationale": "x", "confidence": 0.9}                                  | score 9 is outside 0..4           | a score above the rubric's maximum
            {"score": -1, "criteria_met": [], "misconception": "", "rationale": "x", "confidence": 0.9}                                 | score -1 is outside 0..4          | a negative score
            {"score": "3", "criteria_met": [], "misconception": "", "rationale": "x", "confidence": 0.9}                                 | score is missing or not a number  | a score as text
            {"score": 0, "criteria_met": [], "misconception": "", "rationale": "x", "confidence": 1.5}                                  | confidence 1.50 is outside 0..1   | a confidence above 1
            {"score": 0, "criteria_met": [], "misconception": "", "rationale": "x"}                                                      | confidence is missing             | no confidence
            {"score": 2, "criteria_met": [{"criterion": "uses-a-graph", "evidence": "the big box"}], "misconception": "", "rationale": "x", "confidence": 0.9} | unknown criterion 'uses-a-graph' | a criterion the rubric does not have
            {"score": 2, "criteria_met": [{"criterion": "compares-correctly", "evidence": "the big box"}, {"criterion": "compares-correctly", "evidence": "better buy"}], "misconception": "", "rationale": "x", "confidence": 0.9} | listed twice | the same criterion twice
            {"score": 3, "criteria_met": [{"criterion": "compares-correctly", "evidence": "the better buy"}], "misconception": "", "rationale": "x", "confidence": 0.9} | does not match the criteria met (1 points) | a score that is not the points of the criteria met
            {"score": 0, "criteria_met": [], "misconception": "", "rationale": "   ", "confidence": 0.9}                                | the rationale is empty            | a blank rationale
            {"score": 0, "criteria_met": "all of them", "misconception": "", "rationale": "x", "confidence": 0.9}                       | criteria_met is missing or not a list | criteria as text
            """)
    void a_reply_that_breaks_a_rule_is_refused_with_the_reason(String reply, String expectedProblem, String why) {
        ProposalReading reading = read(reply);

        List<String> problems = assertInstanceOf(ProposalReading.Invalid.class, reading).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expectedProblem)), problems.toString());
    }

    @Test
    void an_empty_reply_is_refused_not_a_crash() {
        assertInstanceOf(ProposalReading.Invalid.class, ProposalReader.read(null, RUBRIC, ANSWER));
        assertInstanceOf(ProposalReading.Invalid.class, ProposalReader.read("", RUBRIC, ANSWER));
        assertInstanceOf(ProposalReading.Invalid.class, ProposalReader.read("{\"score\": ", RUBRIC, ANSWER));
    }
}
