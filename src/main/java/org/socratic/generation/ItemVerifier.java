package org.socratic.generation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socratic.content.Answer;
import org.socratic.content.AnswerChecker;
import org.socratic.content.Rational;
import org.socratic.content.Verdict;
import org.socratic.generation.Computation.Result;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailPipeline;
import org.socratic.guardrail.GuardrailResult;

/**
 * Decides whether a model's reply becomes a practice item. The checks run in order and the first failure is the
 * verdict (see {@link RejectionReason} for the order): the reply must be well-formed JSON for the target's seed;
 * the answer must be what the project itself computes from the model's arithmetic over the problem's own numbers;
 * the common mistake must be computed the same way and give a different value; and every text a child may see must
 * pass the output guardrail, the hints without giving the answer away. Never throws for anything in the reply.
 */
final class ItemVerifier {
    private static final String SUBJECT = "math";
    private final GuardrailPipeline guardrail;

    ItemVerifier(GuardrailPipeline guardrail) {
        this.guardrail = guardrail;
    }

    Verification verify(String reply, Target target) {
        return switch (DraftReader.read(reply)) {
            case DraftReader.Read.Failed f -> new Verification.Rejected(f.rejection(), Optional.empty());
            case DraftReader.Read.Ok ok -> verify(ok.draft(), target);
        };
    }

    private Verification verify(Draft draft, Target target) {
        if (draft.seed() != target.seed()) {
            return reject(draft, RejectionReason.SEED_MISMATCH, "asked for seed " + target.seed() + ", got " + draft.seed());
        }
        if (draft.steps().size() < 2) {
            return reject(draft, RejectionReason.TOO_FEW_STEPS, draft.steps().size() + " step(s)");
        }
        Set<BigDecimal> stated = Computation.statedIn(draft.problem());
        Result right = Computation.compute("computation", draft.computation(), stated);
        if (right instanceof Result.Failed f) return new Verification.Rejected(f.rejection(), Optional.of(draft));
        Answer.Number answer = numberAnswer(((Result.Value) right).value(), draft.unit());
        Verdict said = AnswerChecker.check(answer, draft.answer());
        if (!said.isCorrect()) {
            return reject(draft, RejectionReason.ANSWER_DISAGREES, "the reply says '" + draft.answer() + "'; "
                    + draft.computation() + " gives " + answer.display() + explain(said));
        }
        Result wrong = Computation.compute("common_mistake.computation", draft.mistakeComputation(), stated);
        if (wrong instanceof Result.Failed f) return new Verification.Rejected(f.rejection(), Optional.of(draft));
        Rational wrongValue = ((Result.Value) wrong).value();
        Answer.Number mistake = numberAnswer(wrongValue, draft.unit());
        Verdict saidWrong = AnswerChecker.check(mistake, draft.mistakeAnswer());
        if (!saidWrong.isCorrect()) {
            return reject(draft, RejectionReason.MISTAKE_DISAGREES, "the reply says '" + draft.mistakeAnswer() + "'; "
                    + draft.mistakeComputation() + " gives " + mistake.display() + explain(saidWrong));
        }
        if (wrongValue.compareTo(answer.value()) == 0) {
            return reject(draft, RejectionReason.MISTAKE_EQUALS_ANSWER, "both give " + answer.display());
        }
        return screened(draft, answer, mistake, target);
    }

    /**
     * Kept with the texts the guardrail let through (possibly rewritten, such as a canonical term), or rejected at
     * the first text it stops. The problem and the hints must not reveal the answer; the worked solution and the
     * explanation of the mistake may.
     */
    private Verification screened(Draft draft, Answer.Number answer, Answer.Number mistake, Target target) {
        GuardrailContext before = GuardrailContext.builder().grade(target.grade()).subject(SUBJECT)
                .problem(draft.problem()).answer(answer.display()).answered(false).build();
        GuardrailContext after = before.toBuilder().answered(true).build();
        List<String> shown = new ArrayList<>();
        int steps = draft.steps().size();
        for (int i = 0; i <= steps + 1; i++) {
            String where = i == 0 ? "problem" : i <= steps ? "solution step " + i : "common_mistake.explanation";
            String text = i == 0 ? draft.problem() : i <= steps ? draft.steps().get(i - 1) : draft.mistakeExplanation();
            GuardrailResult result = guardrail.checkOutput(text, i == 0 || i < steps ? before : after);
            if (!result.passed()) return reject(draft, RejectionReason.GUARDRAIL, where + ": " + result.reasons());
            shown.add(result.text());
        }
        Draft screened = new Draft(draft.seed(), shown.getFirst(), draft.answer(), draft.unit(), draft.computation(),
                shown.subList(1, steps + 1), draft.mistakeAnswer(), draft.mistakeComputation(), shown.getLast());
        return new Verification.Kept(new VerifiedItem(screened, answer, mistake));
    }

    /** Exact fractions stay fractions (1/3); terminating values are compared exactly as decimals. */
    static Answer.Number numberAnswer(Rational value, String unit) {
        Answer.Style style = value.terminates() ? Answer.Style.DECIMAL : Answer.Style.FRACTION;
        return new Answer.Number(value, style, unit, 0, "");
    }

    private static String explain(Verdict verdict) {
        return switch (verdict) {
            case Verdict.Malformed m -> " (" + m.message() + ")";
            case Verdict.Incorrect i when !i.feedback().isEmpty() -> " (" + i.feedback() + ")";
            default -> "";
        };
    }

    private static Verification reject(Draft draft, RejectionReason reason, String detail) {
        return new Verification.Rejected(Rejection.of(reason, detail), Optional.of(draft));
    }
}
