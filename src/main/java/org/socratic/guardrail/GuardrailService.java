package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.identity.Viewer;
import reactor.core.publisher.Flux;

/**
 * The guardrail as the orchestrator uses it: the pipeline, plus the record. Every verdict is stored; an escalated
 * input raises a safety alert (stored, visible to the student's teachers and the counsellors, appended to the event
 * log and posted to the district's webhook) and the student gets the caring reply; terms the tutor used are recorded
 * as met. Storage failures propagate: a text whose verdict cannot be recorded is not let through silently.
 */
@Singleton
public class GuardrailService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GuardrailPipeline pipeline;
    private final VerdictStore verdicts;
    private final SafetyAlerts alerts;
    private final AlertDelivery delivery;
    private final AlertWebhook webhook;
    private final TermsMet termsMet;
    private final EventLog events;

    public GuardrailService(GuardrailPipeline pipeline, VerdictStore verdicts, SafetyAlerts alerts,
            AlertDelivery delivery, AlertWebhook webhook, TermsMet termsMet, EventLog events) {
        this.pipeline = pipeline;
        this.verdicts = verdicts;
        this.alerts = alerts;
        this.delivery = delivery;
        this.webhook = webhook;
        this.termsMet = termsMet;
        this.events = events;
    }

    /** A student's message: checked, stored, and escalated when it must be. */
    public InputScreening screenInput(String text, GuardrailContext context) {
        GuardrailResult result = pipeline.checkInput(text, context);
        verdicts.record(result, context);
        Optional<SafetyAlert> alert = result.action() == Action.ESCALATE ? Optional.of(escalate(result, context))
                : Optional.empty();
        return new InputScreening(result, alert);
    }

    /** An agent's output, attempt 1 or 2: checked, stored, and when shown, its canonical terms recorded as met. */
    public OutputDecision screenOutput(String text, GuardrailContext context, int attempt) {
        OutputDecision decision = pipeline.reviewOutput(text, context, attempt);
        verdicts.record(decision.result(), context);
        String shown = switch (decision) {
            case OutputDecision.Show s -> s.text();
            case OutputDecision.UseAuthoredHint h -> h.text();
            case OutputDecision.Reprompt r -> null;
        };
        if (shown != null) recordTerms(shown, context);
        return decision;
    }

    /** A streamed reply: only checked sentences come out; verdicts and terms are stored when the stream ends. */
    public Flux<String> screenStream(Flux<String> tokens, GuardrailContext context) {
        return screenStream(tokens, context, results -> { });
    }

    /**
     * {@link #screenStream(Flux, GuardrailContext)}, telling {@code onChecked} the sentence results once the stream
     * ends, before its end reaches the subscriber (so a turn's summary can report the output actions).
     */
    public Flux<String> screenStream(Flux<String> tokens, GuardrailContext context,
                                     java.util.function.Consumer<List<GuardrailResult>> onChecked) {
        return Flux.defer(() -> {
            SentenceStreamGuard guard = pipeline.streamGuard(context);
            StringBuilder shown = new StringBuilder();
            return SentenceStreamGuard.guard(tokens, guard).doOnNext(shown::append)
                    .doOnTerminate(() -> onChecked.accept(guard.results())).doFinally(signal -> {
                verdicts.recordAll(guard.results(), context);
                recordTerms(shown.toString(), context);
            });
        });
    }

    /** The terms the student has met in a subject, for the tutor's prompt and the terminology gate. */
    public Set<String> termsMet(long studentId, String subject) {
        return termsMet.of(studentId, subject);
    }

    /** The terminology section of the tutor's system prompt. */
    public String terminologyPrompt(long studentId, String subject, int grade) {
        return terminologyPrompt(termsMet(studentId, subject), subject, grade);
    }

    /** The same, for terms already read (a turn reads them once for the gate and the prompt). */
    public String terminologyPrompt(Set<String> met, String subject, int grade) {
        return pipeline.config().terminology().promptSection(subject, grade, met);
    }

    /** Text about to leave for a model provider, redacted as the policy says for that provider. */
    public String redactForProvider(String text, ProviderKind provider, GuardrailContext context) {
        return pipeline.redactForProvider(text, provider, context);
    }

    /** What {@code GET /api/alerts} returns: teachers see their students' alerts and those sent to them. */
    public List<SafetyAlert> alertsFor(Viewer viewer) {
        return alerts.visibleTo(viewer);
    }

    private SafetyAlert escalate(GuardrailResult result, GuardrailContext context) {
        List<Category> categories = result.verdicts().stream().filter(v -> v.action() == Action.ESCALATE)
                .map(Verdict::category).distinct().toList();
        Verdict deciding = result.deciding().orElseThrow();
        String excerpt = pipeline.config().pii().redact(result.original(), context.roster());
        List<Long> recipients = alerts.recipientsFor(context.studentId(), pipeline.config().crisis().counsellors());
        SafetyAlert alert = alerts.create(context.studentId(), context.sessionId(), deciding, categories, excerpt,
                recipients, webhook.configured());
        events.append(new NewEvent("guardrail.alert", context.studentId(), null, context.sessionId(),
                "safety-alert-" + alert.id(), json(Map.of("alertId", alert.id(),
                        "categories", categories.stream().map(Category::id).toList(), "severity", alert.severity()))));
        if (webhook.configured()) delivery.deliverSoon(alert);
        return alert;
    }

    private void recordTerms(String shown, GuardrailContext context) {
        if (context.studentId() == null || context.subject() == null || context.grade() == null) return;
        Set<String> used = pipeline.config().terminology().termsUsed(shown, context.subject(), context.grade());
        termsMet.record(context.studentId(), context.subject(), used);
    }

    private static String json(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result of screening an input, and the alert it raised (when escalated). */
    public record InputScreening(GuardrailResult result, Optional<SafetyAlert> alert) {}
}
