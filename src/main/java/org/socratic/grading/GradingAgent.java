package org.socratic.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.socratic.agent.AgentCatalog;
import org.socratic.agent.AgentSpec;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailService;
import org.socratic.guardrail.ProviderKind;

/**
 * The grading agent. For an open answer: the final answer is checked by the content checker; the explanation is
 * scored by the grading model against the rubric (structured output, validated); the score is compared with the
 * independent signal; and the grade goes on the student's record or to the teacher's review queue, with its reason,
 * its event and its trace. When the model does not answer, the answer is stored and queued and the student is told
 * a teacher will look at it. Nothing the student wrote is lost: every submission is stored.
 */
@Singleton
public class GradingAgent {
    static final String AGENT = "grading";
    private final AgentCatalog agents;
    private final OpenResponseBank bank;
    private final GradingCall call;
    private final GradeStore store;
    private final GuardrailService guardrail;
    private final ReferenceSignal signal;
    private final GradingPolicy policy;

    GradingAgent(AgentCatalog agents, OpenResponseBank bank, GradingCall call, GradeStore store,
                 GuardrailService guardrail, Provider<EmbeddingModel> embeddings, GradingThresholds thresholds) {
        this.agents = agents;
        this.bank = bank;
        this.call = call;
        this.store = store;
        this.guardrail = guardrail;
        this.signal = new ReferenceSignal(embeddings::get);
        this.policy = new GradingPolicy(thresholds);
    }

    /**
     * Grades one open answer and stores it (with a {@code grade.proposed} or {@code grade.queued} event).
     * Blocks for at most the grading agent's timeout. Throws {@link IllegalArgumentException} for an unknown prompt;
     * a model failure or unusable model output is never an exception, but a queued grade.
     */
    public GradingResult grade(OpenAnswer answer) {
        OpenPrompt prompt = bank.prompt(answer.promptId());
        Optional<StoredGrade> earlier = store.findByIdempotencyKey(answer.idempotencyKey());
        if (earlier.isPresent()) return result(earlier.get(), true);
        FinalAnswerCheck closed = FinalAnswerCheck.of(prompt.answer(), answer.finalAnswer());
        AgentSpec spec = agents.get(AGENT);
        String sent = GradingRequest.fenced(redact(answer, prompt, spec));
        Similarity similarity = signal.similarity(prompt, answer.explanation());
        GradingCall.Result model = call.run(spec, prompt, sent, closed, answer.studentId(), answer.sessionId(),
                !sent.equals(answer.explanation()));
        GradeDecision decision = policy.decide(model.outcome(), similarity);
        GradeProposal proposal = model.outcome() instanceof ModelOutcome.Proposed p ? p.proposal() : null;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("question", prompt.question());
        detail.put("promptVersion", model.promptVersion());
        detail.put("finalAnswer", closed);
        if (proposal != null) {
            detail.put("criteriaMet", proposal.criteriaMet());
            detail.put("misconception", proposal.misconception());
        }
        if (similarity.known()) {
            detail.put("similarity", similarity.best());
            detail.put("closestReference", similarity.closestReference());
        }
        switch (model.outcome()) {
            case ModelOutcome.Unreadable u -> {
                detail.put("problems", u.problems());
                detail.put("modelOutput", model.rawReply());
            }
            case ModelOutcome.Unavailable u -> detail.put("unavailable", u.detail());
            case ModelOutcome.Proposed p -> { }
        }
        NewGrade grade = new NewGrade(answer.studentId(), answer.sessionId(), prompt.skillId(), prompt.id(),
                answer.explanation(), proposal == null ? null : proposal.score(), prompt.rubric().maxScore(),
                proposal == null ? null : proposal.confidence(), proposal == null ? null : proposal.rationale(),
                decision, model.traceId(), GradeStore.json(detail), answer.idempotencyKey());
        GradeStore.Saved saved = store.save(grade);
        return result(saved.grade(), saved.replayed());
    }

    /** The closed part alone: the content checker's verdict, never a model's. */
    public FinalAnswerCheck checkFinalAnswer(String promptId, String finalAnswer) {
        return FinalAnswerCheck.of(bank.prompt(promptId).answer(), finalAnswer);
    }

    private String redact(OpenAnswer answer, OpenPrompt prompt, AgentSpec spec) {
        ProviderKind kind = switch (spec.model().provider()) {
            case OLLAMA -> ProviderKind.LOCAL;
            case OPENAI -> ProviderKind.CLOUD;
        };
        GuardrailContext.Builder context = GuardrailContext.builder().student(answer.studentId())
                .grade(prompt.grade()).problem(prompt.fullText()).roster(store.namesAround(answer.studentId()));
        if (answer.sessionId() != null) context.session(answer.sessionId());
        return guardrail.redactForProvider(answer.explanation(), kind, context.build());
    }

    private static GradingResult result(StoredGrade grade, boolean replayed) {
        int max = grade.maxScore() == null ? 0 : (int) Math.round(grade.maxScore());
        return new GradingResult(grade.id(), grade.status(), grade.statusReason(), grade.finalScore(), max,
                finalAnswerOf(grade), grade.traceId(),
                GradingResult.studentMessage(grade.status(), grade.statusReason(), grade.finalScore(), max), replayed);
    }

    private static FinalAnswerCheck finalAnswerOf(StoredGrade grade) {
        try {
            JsonNode node = GradeStore.JSON.readTree(grade.detailJson()).path("finalAnswer");
            return new FinalAnswerCheck(node.path("given").isTextual() ? node.get("given").asText() : null,
                    FinalAnswerCheck.Outcome.valueOf(node.path("outcome").asText("NOT_GIVEN")), node.path("feedback").asText(""));
        } catch (Exception e) {
            return new FinalAnswerCheck(null, FinalAnswerCheck.Outcome.NOT_GIVEN, "");
        }
    }
}
