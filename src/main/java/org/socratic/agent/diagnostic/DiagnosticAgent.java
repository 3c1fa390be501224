package org.socratic.agent.diagnostic;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.socratic.agent.AgentCatalog;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.AgentTrace;
import org.socratic.agent.AgentTraces;
import org.socratic.agent.PromptLibrary;
import org.socratic.curriculum.SkillGraph;
import org.socratic.learner.BktParameterStore;
import org.socratic.learner.PlacementDiagnostic;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelGuards;
import org.socratic.llm.ModelUnavailableException;

/**
 * Runs the placement diagnostic (an algorithm: at most eight adaptive items over the skill graph) and writes a short
 * summary for the teacher. The summary is the model's when it answers, else one built from the figures alone; the
 * placement never depends on a model.
 */
@Singleton
public class DiagnosticAgent {
    private final SkillGraph graph;
    private final BktParameterStore parameters;
    private final AgentSpec spec;
    private final PromptLibrary prompts;
    private final ChatModel model;
    private final ModelGuards guards;
    private final AgentTraces traces;

    DiagnosticAgent(SkillGraph graph, BktParameterStore parameters, AgentCatalog agents, PromptLibrary prompts,
                    ChatModels models, ModelGuards guards, AgentTraces traces) {
        this.graph = graph;
        this.parameters = parameters;
        this.spec = agents.get("diagnostic");
        this.prompts = prompts;
        this.model = models.chatModel(spec.model());
        this.guards = guards;
        this.traces = traces;
    }

    /** The state after the given answers, replayed from the start (placements are short). */
    public PlacementDiagnostic.Placement placement(List<PlacementDiagnostic.Step> steps) {
        PlacementDiagnostic diagnostic = diagnostic();
        PlacementDiagnostic.Placement placement = diagnostic.start();
        for (PlacementDiagnostic.Step step : steps) placement = diagnostic.record(placement, step.skillId(), step.correct());
        return placement;
    }

    /** The next question, or empty when placement is done. */
    public Optional<PlacementDiagnostic.Question> next(PlacementDiagnostic.Placement placement) {
        return diagnostic().next(placement);
    }

    private PlacementDiagnostic diagnostic() {
        return new PlacementDiagnostic(graph, parameters.current(), PlacementDiagnostic.MAX_ITEMS,
                PlacementDiagnostic.DEFAULT_PROPAGATION);
    }

    /** A summary for the teacher, with the trace of the model call when there was one. */
    public record Summary(String text, boolean byModel, UUID traceId) {}

    public Summary summarize(long studentId, UUID sessionId, int grade, PlacementDiagnostic.Placement placement) {
        String results = placement.steps().stream()
                .map(s -> "- " + graph.skill(s.skillId()).name() + ": " + (s.correct() ? "correct" : "wrong"))
                .collect(Collectors.joining("\n"));
        String estimates = placement.beliefs().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> String.format(Locale.ROOT, "- %s: %.2f", graph.skill(e.getKey()).name(), e.getValue()))
                .collect(Collectors.joining("\n"));
        String prompt = prompts.systemPrompt("diagnostic").render(Map.of(
                "grade", Integer.toString(grade), "results", results, "estimates", estimates));
        UUID traceId = UUID.randomUUID();
        long started = System.nanoTime();
        try {
            ChatResponse response = guards.forProvider(spec.model().provider()).call(spec.timeout(), spec.retries(),
                    () -> model.chat(SystemMessage.from(prompt), UserMessage.from("Write the summary.")));
            trace(traceId, studentId, sessionId, started, response, "answered");
            return new Summary(response.aiMessage().text().strip(), true, traceId);
        } catch (ModelUnavailableException e) {
            trace(traceId, studentId, sessionId, started, null, "fallback: " + e.reason());
            return new Summary(ruleSummary(placement), false, traceId);
        }
    }

    /** The summary from the figures alone: what was right, what was wrong, where practice starts. */
    String ruleSummary(PlacementDiagnostic.Placement placement) {
        long right = placement.steps().stream().filter(PlacementDiagnostic.Step::correct).count();
        String strong = placement.steps().stream().filter(PlacementDiagnostic.Step::correct)
                .map(s -> graph.skill(s.skillId()).name()).collect(Collectors.joining(", "));
        String weak = placement.steps().stream().filter(s -> !s.correct())
                .map(s -> graph.skill(s.skillId()).name()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Placement: %d of %d items correct (one item per skill). Showed: %s. "
                        + "Struggled with: %s. Each conclusion rests on a single item; practice will confirm it.",
                right, placement.steps().size(), strong.isEmpty() ? "none yet" : strong,
                weak.isEmpty() ? "nothing in this placement" : weak);
    }

    private void trace(UUID id, long studentId, UUID sessionId, long started, ChatResponse response, String outcome) {
        Integer in = response == null || response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        Integer out = response == null || response.tokenUsage() == null ? null : response.tokenUsage().outputTokenCount();
        traces.record(new AgentTrace(id, sessionId, studentId, "diagnostic", spec.model().provider().id(),
                spec.model().model(), spec.promptVersion(), List.of(), (System.nanoTime() - started) / 1_000_000,
                in, out, outcome, "{}"));
    }
}
