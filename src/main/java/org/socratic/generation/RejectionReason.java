package org.socratic.generation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a model-written item was not kept. The checks run in the order listed and the first failure is the reason;
 * the ids are stored in {@code generated_items.reason} and never renamed.
 */
enum RejectionReason {
    MALFORMED_JSON("malformed-json", "the reply is not a JSON object"),
    BAD_FIELD("bad-field", "a field is missing, empty or of the wrong type"),
    TOO_LONG("too-long", "a field is longer than an item may be"),
    SEED_MISMATCH("seed-mismatch", "the reply does not repeat the variation seed it was given"),
    TOO_FEW_STEPS("too-few-steps", "the solution needs at least two steps"),
    COMPUTATION_INVALID("computation-invalid", "a computation is not plain arithmetic that evaluates to a number"),
    COMPUTATION_TRIVIAL("computation-trivial", "a computation does no arithmetic (a bare number)"),
    NUMBER_NOT_IN_PROBLEM("number-not-in-problem", "a computation uses a number the problem does not state"),
    ANSWER_NOT_EXACT("answer-not-exact", "the computed answer is not an exact number (irrational or huge denominator)"),
    ANSWER_DISAGREES("answer-disagrees", "the stated answer is not what the computation gives"),
    MISTAKE_DISAGREES("mistake-disagrees", "the stated wrong answer is not what the mistake's computation gives"),
    MISTAKE_EQUALS_ANSWER("mistake-equals-answer", "the common mistake gives the right answer, so it cannot be noticed"),
    GUARDRAIL("guardrail", "the output guardrail stopped a text (safety, answer leak, reading level)");

    private final String id;
    private final String meaning;

    RejectionReason(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    String id() {
        return id;
    }

    String meaning() {
        return meaning;
    }

    static Optional<RejectionReason> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
