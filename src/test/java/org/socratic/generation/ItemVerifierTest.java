package org.socratic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socratic.generation.Fixtures.reply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socratic.content.Item;

/** The verifier on model replies: one that every check accepts, and one defect per rejection reason. */
class ItemVerifierTest {
    private final ItemVerifier verifier = new ItemVerifier(Fixtures.guardrail());

    @Test
    void a_correct_item_is_kept_with_the_computed_answer_a_hint_ladder_and_its_misconception() {
        Verification verdict = verifier.verify(Fixtures.validJson(), Fixtures.target());

        Verification.Kept kept = assertInstanceOf(Verification.Kept.class, verdict, () -> verdict.toString());
        Item item = kept.item().toItem("gen:1", Fixtures.SKILL, "adds-quantities", "adds the two quantities");
        assertEquals("$1.50", item.answer().display());
        assertEquals(3, item.hints().size(), "two hints, then the worked solution");
        assertTrue(item.workedSolution().endsWith("The answer is $1.50."));
        assertTrue(item.check("$1.50").correct());
        assertTrue(item.check("3/2").correct());
        Item.Checked mistake = item.check("15");
        assertFalse(mistake.correct());
        assertEquals("adds-quantities", mistake.misconception().orElseThrow().id());
    }

    @Test
    void a_fraction_answer_is_kept_exactly_and_a_rounded_one_is_not() {
        String thirds = reply(r -> {
            r.put("problem", "10 friends share 3 pizzas equally. How much pizza does each friend get?");
            r.put("answer", "3/10");
            r.put("unit", "");
            r.put("computation", "3 / 10");
            r.putArray("solution_steps").add("Each pizza is shared by all the friends.")
                    .add("Divide the number of pizzas by the number of friends.").add("Each friend gets 3/10 of a pizza.");
            ((ObjectNode) r.get("common_mistake")).put("answer", "10/3").put("computation", "10 / 3");
        });
        assertInstanceOf(Verification.Kept.class, verifier.verify(thirds, Fixtures.target()));

        String sevenths = reply(r -> {
            r.put("problem", "7 friends share 2 pizzas equally. How much pizza does each friend get?");
            r.put("answer", "0.29");
            r.put("unit", "");
            r.put("computation", "2 / 7");
            r.putArray("solution_steps").add("Each pizza is shared by all the friends.")
                    .add("Divide the number of pizzas by the number of friends.").add("Each friend gets 2/7 of a pizza.");
            ((ObjectNode) r.get("common_mistake")).put("answer", "9").put("computation", "2 + 7");
        });
        assertRejected(sevenths, "answer-disagrees");
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("prose instead of JSON is rejected as malformed", "Sure! Here is your item: pens cost $9",
                        "malformed-json", ""),
                Arguments.of("a truncated reply is rejected as malformed", Fixtures.validJson().substring(0, 80),
                        "malformed-json", ""),
                Arguments.of("a JSON list is rejected as malformed", "[1, 2, 3]", "malformed-json", ""),
                Arguments.of("an empty reply is rejected as malformed", "", "malformed-json", ""),
                Arguments.of("a missing computation is a bad field", reply(r -> r.remove("computation")), "bad-field", ""),
                Arguments.of("steps given as one string are a bad field",
                        reply(r -> r.put("solution_steps", "divide 9 by 6")), "bad-field", ""),
                Arguments.of("a common mistake given as text is a bad field",
                        reply(r -> r.put("common_mistake", "15")), "bad-field", ""),
                Arguments.of("a problem of a thousand characters is too long",
                        reply(r -> r.put("problem", "A pack of 6 pens costs $9. ".repeat(40))), "too-long", ""),
                Arguments.of("a reply for another seed is rejected", reply(r -> r.put("seed", 7)), "seed-mismatch", ""),
                Arguments.of("a single solution step is too few",
                        reply(r -> r.putArray("solution_steps").add("9 / 6 = 1.5")), "too-few-steps", ""),
                Arguments.of("an answer that disagrees with the computation is rejected",
                        reply(r -> r.put("answer", "2")), "answer-disagrees", ""),
                Arguments.of("a rounded answer to an exact computation is rejected",
                        reply(r -> r.put("answer", "1.4")), "answer-disagrees", ""),
                Arguments.of("an unreadable answer is rejected", reply(r -> r.put("answer", "about one and a half")),
                        "answer-disagrees", ""),
                Arguments.of("a computation with a number the problem never states is rejected",
                        reply(r -> r.put("computation", "9 / 6 * 12 / 12")), "number-not-in-problem", "uses 12"),
                Arguments.of("a computation that uses none of the problem's numbers is rejected",
                        reply(r -> r.put("computation", "(100 - 2) / (100 - 2) + 2 / (2 + 2)")), "number-not-in-problem", ""),
                Arguments.of("a computation with an x for times is not arithmetic",
                        reply(r -> r.put("computation", "9 x 6")), "computation-invalid", ""),
                Arguments.of("a computation with an equals sign is not arithmetic",
                        reply(r -> r.put("computation", "9 / 6 = 1.5")), "computation-invalid", ""),
                Arguments.of("a computation calling RANDOM is not allowed",
                        reply(r -> r.put("computation", "RANDOM() * 9")), "computation-invalid", ""),
                Arguments.of("a division by zero is not a computation",
                        reply(r -> r.put("computation", "9 / (6 - 6)")), "computation-invalid", ""),
                Arguments.of("a bare number is not a computation",
                        reply(r -> r.put("computation", "1.5").put("problem",
                                "A pack of 6 pens costs $9, which is 1.5 per pen. How much does 1 pen cost?")),
                        "computation-trivial", ""),
                Arguments.of("an irrational answer is not exact",
                        reply(r -> r.put("computation", "SQRT(6)").put("answer", "2.45")), "answer-not-exact", ""),
                Arguments.of("a stated wrong answer that its computation does not give is rejected",
                        reply(r -> ((ObjectNode) r.get("common_mistake")).put("answer", "16")), "mistake-disagrees", ""),
                Arguments.of("a mistake computation with an unstated number is rejected",
                        reply(r -> ((ObjectNode) r.get("common_mistake")).put("computation", "9 + 7").put("answer", "16")),
                        "number-not-in-problem", "common_mistake.computation uses 7"),
                Arguments.of("a common mistake computed differently but equal to the answer is rejected",
                        reply(r -> ((ObjectNode) r.get("common_mistake")).put("computation", "(9 / 6) * 1")
                                .put("answer", "1.5")), "mistake-equals-answer", ""),
                Arguments.of("a problem about weapons is stopped by the guardrail",
                        reply(r -> r.put("problem", "A pack of 6 pistols costs $9. How much does 1 pistol cost?")),
                        "guardrail", "problem: weapons"),
                Arguments.of("a problem that gives the answer away is stopped by the guardrail",
                        reply(r -> r.put("problem", "A pack of 6 pens costs $9, so the answer is $1.50. How much does 1 pen cost?")),
                        "guardrail", "problem: the answer appears"),
                Arguments.of("a hint that announces the answer before the worked solution is stopped",
                        reply(r -> r.putArray("solution_steps").add("The answer is 1.5 dollars.")
                                .add("So each pen costs $1.50.")), "guardrail", "solution step 1: the answer appears"),
                Arguments.of("an unkind explanation of the mistake is stopped by the guardrail",
                        reply(r -> ((ObjectNode) r.get("common_mistake")).put("explanation",
                                "Nobody likes you when you add the cost and the number of pens.")), "guardrail", "common_mistake.explanation: bullying"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void a_defective_reply_is_rejected_with_its_reason(String name, String reply, String reason, String detail) {
        Verification.Rejected rejected = assertRejected(reply, reason);
        assertTrue(rejected.rejection().detail().contains(detail), rejected.rejection().detail());
    }

    @Test
    void a_reply_in_a_markdown_fence_is_read() {
        assertInstanceOf(Verification.Kept.class, verifier.verify("```json\n" + Fixtures.validJson() + "\n```",
                Fixtures.target()));
    }

    private Verification.Rejected assertRejected(String reply, String reason) {
        Verification verdict = verifier.verify(reply, Fixtures.target());
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verdict, () -> verdict.toString());
        assertEquals(reason, rejected.rejection().reason().id(), rejected.rejection().detail());
        assertFalse(rejected.rejection().detail().isBlank(), "a rejection says what failed");
        return rejected;
    }
}
