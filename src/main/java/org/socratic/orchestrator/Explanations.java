package org.socratic.orchestrator;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.socratic.grading.GradingAgent;
import org.socratic.grading.GradingResult;
import org.socratic.grading.OpenAnswer;
import org.socratic.grading.OpenPrompt;
import org.socratic.grading.OpenResponseBank;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailService;

/**
 * Open answers in a session ("explain why your answer makes sense"): an open prompt of the current skill, and the
 * student's explanation, read by the input guardrail first and then graded by the grading agent (which queues it
 * for the teacher when unsure or when its model is down).
 */
@Singleton
public class Explanations {
    private final Orchestrator orchestrator;
    private final OpenResponseBank prompts;
    private final GradingAgent grading;
    private final GuardrailService guardrail;

    Explanations(Orchestrator orchestrator, OpenResponseBank prompts, GradingAgent grading, GuardrailService guardrail) {
        this.orchestrator = orchestrator;
        this.prompts = prompts;
        this.grading = grading;
        this.guardrail = guardrail;
    }

    @Serdeable
    public record Prompt(String id, String problem, String question) {}

    @Serdeable
    public record Graded(String status, Double score, int maxScore, String message, boolean replayed) {
        static Graded of(GradingResult r) {
            return new Graded(r.status().name().toLowerCase(java.util.Locale.ROOT), r.score(), r.maxScore(),
                    r.studentMessage(), r.replayed());
        }
    }

    /** An open prompt on the session's current skill, if the content has one. */
    public Optional<Prompt> promptFor(UUID sessionId, long studentId) {
        TutoringSession session = orchestrator.session(sessionId, studentId);
        if (session.skillId() == null) return Optional.empty();
        return prompts.forSkill(session.skillId()).stream().findFirst()
                .map(p -> new Prompt(p.id(), p.problem(), p.question()));
    }

    public Graded submit(UUID sessionId, long studentId, String promptId, String explanation, String finalAnswer,
                         String idempotencyKey) {
        orchestrator.session(sessionId, studentId);
        OpenPrompt prompt = prompts.find(promptId).orElseThrow(() -> new IllegalArgumentException("no open prompt " + promptId));
        GuardrailContext context = GuardrailContext.builder().student(studentId).session(sessionId)
                .subject(MessageTurns.SUBJECT).problem(prompt.fullText()).build();
        GuardrailService.InputScreening screening = guardrail.screenInput(explanation, context);
        if (!screening.result().passed()) {
            return new Graded("not_graded", null, prompt.rubric().maxScore(),
                    screening.result().reply().orElse("Let's keep to the maths question."), false);
        }
        return Graded.of(grading.grade(new OpenAnswer(studentId, sessionId, promptId, explanation,
                finalAnswer, idempotencyKey)));
    }

}
