package org.socratic.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.socratic.guardrail.GuardrailPolicy.ExemplarRun;

/**
 * The guardrail: every student input and every agent output passes through {@link #checkInput} or
 * {@link #checkOutput}. Layers run in order: the offline layers (lexicons with context, personal information, and on
 * output the answer-leak gate, terminology and reading level), then the exemplar classifier (by default only when the
 * cheap layers found nothing and the message is not plainly about the work), then the model layers when configured. Model layers see the text with personal
 * information redacted when they are in the cloud, run concurrently, and only ever add verdicts: one that fails is
 * recorded and ignored, and they are skipped when the offline layers have already escalated. The strongest action
 * of all verdicts wins. Thread-safe; pure except for the model layers.
 */
public final class GuardrailPipeline {
    private final GuardrailConfig config;
    private final List<GuardrailLayer> inputLayers;
    private final List<GuardrailLayer> outputLayers;
    private final Optional<ClassifierLayer> classifier;
    private final Optional<ExemplarLayer> exemplars;
    private final List<RemoteLayer> remote;
    private final ExecutorService remoteCalls = Executors.newVirtualThreadPerTaskExecutor();

    GuardrailPipeline(GuardrailConfig config, Optional<ClassifierLayer> classifier, Optional<ExemplarLayer> exemplars,
            List<RemoteLayer> remote) {
        this.config = config;
        LexiconLayer lexicon = new LexiconLayer(config.lexicons(), config.idioms());
        PiiLayer pii = new PiiLayer(config.pii());
        this.inputLayers = List.of(lexicon, pii);
        this.outputLayers = List.of(lexicon, pii, new AnswerLeakGate(), new TerminologyGate(config.terminology()),
                new ReadingLevelGate(config.policy().readingLevel().margin(), config.policy().readingLevel().minWords()));
        this.classifier = classifier;
        this.exemplars = exemplars;
        this.remote = List.copyOf(remote);
    }

    /** Only the layers that need no model and no embedding: what holds when nothing else answers. */
    public static GuardrailPipeline offline(GuardrailConfig config) {
        return new GuardrailPipeline(config, Optional.empty(), Optional.empty(), List.of());
    }

    /** Offline layers plus the trained classifier and the exemplar classifier over {@code embeddings}. */
    public static GuardrailPipeline withEmbeddings(GuardrailConfig config, EmbeddingModel embeddings) {
        return create(config, Optional.of(embeddings), List.of());
    }

    public static GuardrailPipeline create(GuardrailConfig config, Optional<EmbeddingModel> embeddings,
            List<RemoteLayer> remote) {
        Optional<ExemplarLayer> exemplarLayer = embeddings
                .filter(m -> !config.exemplars().isEmpty() && config.policy().exemplars().run() != ExemplarRun.NEVER)
                .map(m -> new ExemplarLayer(m, config.exemplars(), config.policy().exemplars()));
        Optional<ClassifierLayer> classifierLayer = embeddings.flatMap(m -> config.classifier()
                .map(model -> new ClassifierLayer(m, model, config.idioms(), config.policy().classifier())));
        return new GuardrailPipeline(config, classifierLayer, exemplarLayer, remote);
    }

    public GuardrailConfig config() {
        return config;
    }

    public GuardrailResult checkInput(String text, GuardrailContext context) {
        return check(Inspection.of(text, Direction.INPUT, context), inputLayers);
    }

    public GuardrailResult checkOutput(String text, GuardrailContext context) {
        return check(Inspection.of(text, Direction.OUTPUT, context), outputLayers);
    }

    /**
     * Checks an agent's output and says what to do with it.
     *
     * @param attempt 1 for the model's first output, 2 for its answer to the reprompt
     */
    public OutputDecision reviewOutput(String text, GuardrailContext context, int attempt) {
        String hint = context.authoredHint() == null ? config.policy().stream().fallback() : context.authoredHint();
        return OutputDecision.of(checkOutput(text, context), attempt, hint);
    }

    /** A checker for one streamed reply; see {@link SentenceStreamGuard}. */
    public SentenceStreamGuard streamGuard(GuardrailContext context) {
        return new SentenceStreamGuard(this, context, config.policy().stream());
    }

    /** The text with personal information redacted, when the policy asks for it for this kind of provider. */
    public String redactForProvider(String text, ProviderKind provider, GuardrailContext context) {
        boolean redact = switch (provider) {
            case CLOUD -> config.policy().redaction().beforeCloud();
            case LOCAL -> config.policy().redaction().beforeOllama();
        };
        return redact ? config.pii().redact(text, context.roster()) : text;
    }

    private GuardrailResult check(Inspection inspection, List<GuardrailLayer> layers) {
        List<Verdict> verdicts = new ArrayList<>();
        List<LayerFailure> failures = new ArrayList<>();
        for (GuardrailLayer layer : layers) collect(layer.name(), layer.check(inspection), inspection, verdicts, failures);
        if (classifier.isPresent() && (inspection.direction() == Direction.INPUT || config.policy().classifier().output())) {
            if (verdicts.stream().noneMatch(v -> v.action() == Action.ESCALATE)) {
                collect(classifier.get().name(), safely(classifier.get(), inspection), inspection, verdicts, failures);
            } else {
                // Once the word lists have escalated, nothing the classifier says makes the action stronger, but it may
                // name a second disclosure ("he hits me" beside "I took her pills") that the alert must carry too.
                List<Verdict> more = new ArrayList<>();
                collect(classifier.get().name(), safely(classifier.get(), inspection), inspection, more, failures);
                Set<Category> named = verdicts.stream().map(Verdict::category).collect(java.util.stream.Collectors.toSet());
                more.stream().filter(v -> v.action() == Action.ESCALATE && !named.contains(v.category()))
                        .forEach(verdicts::add);
            }
        }
        if (exemplars.isPresent() && !config.policy().exemplars().skips(inspection.normalised().folded())) {
            if (shouldRunExemplars(verdicts)) {
                collect(exemplars.get().name(), exemplars.get().check(inspection), inspection, verdicts, failures);
            } else if (recheckCritical(verdicts)) {
                collect(exemplars.get().name(), exemplars.get().recheckCritical(inspection), inspection, verdicts, failures);
            }
        }
        if (!remote.isEmpty() && verdicts.stream().noneMatch(v -> v.action() == Action.ESCALATE)) {
            runRemote(inspection, verdicts, failures);
        }
        return combine(inspection, verdicts, failures);
    }

    private boolean shouldRunExemplars(List<Verdict> verdicts) {
        return switch (config.policy().exemplars().run()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case WHEN_CLEAR -> verdicts.stream().noneMatch(v -> v.category().labelled() && v.category() != Category.PII);
        };
    }

    /**
     * A message the cheap layers gave only a lesser category ("a man on discord asked me to take off my shirt" as
     * off-topic) is read once more for self-harm and abuse, at a stricter bar.
     */
    private boolean recheckCritical(List<Verdict> verdicts) {
        return config.policy().exemplars().run() == ExemplarRun.WHEN_CLEAR
                && verdicts.stream().noneMatch(v -> ExemplarLayer.CRITICAL.contains(v.category()));
    }

    private void runRemote(Inspection inspection, List<Verdict> verdicts, List<LayerFailure> failures) {
        List<CompletableFuture<LayerResult>> calls = new ArrayList<>();
        for (RemoteLayer layer : remote) {
            String sent = redactForProvider(inspection.text(), layer.provider(), inspection.context());
            Inspection outbound = sent.equals(inspection.text()) ? inspection
                    : Inspection.of(sent, inspection.direction(), inspection.context());
            calls.add(CompletableFuture.supplyAsync(() -> safely(layer, outbound), remoteCalls));
        }
        for (int i = 0; i < remote.size(); i++) {
            collect(remote.get(i).name(), calls.get(i).join(), inspection, verdicts, failures);
        }
    }

    private static LayerResult safely(GuardrailLayer layer, Inspection inspection) {
        try {
            return layer.check(inspection);
        } catch (RuntimeException e) {
            return LayerResult.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void collect(String layer, LayerResult result, Inspection inspection, List<Verdict> verdicts,
            List<LayerFailure> failures) {
        switch (result) {
            case LayerResult.Clear c -> { }
            case LayerResult.Unavailable u -> failures.add(new LayerFailure(layer, u.reason()));
            case LayerResult.Flagged f -> {
                for (Finding finding : f.findings()) {
                    verdicts.add(config.policy().decide(finding, layer, inspection.direction()));
                }
            }
        }
    }

    private GuardrailResult combine(Inspection inspection, List<Verdict> verdicts, List<LayerFailure> failures) {
        Action action = Action.ALLOW;
        Severity severity = Severity.NONE;
        for (Verdict v : verdicts) {
            action = action.strongest(v.action());
            severity = severity.highest(v.severity());
        }
        String text = inspection.text();
        for (Verdict v : verdicts) {
            if (v.action() == Action.REDACT && v.rewrite().isPresent()) text = v.rewrite().get();
        }
        boolean redactPii = verdicts.stream().anyMatch(v -> v.category() == Category.PII && v.action() == Action.REDACT);
        if (redactPii) text = config.pii().redact(text, inspection.context().roster());
        Optional<String> reply = inspection.direction() == Direction.INPUT
                ? reply(action, verdicts) : Optional.empty();
        return new GuardrailResult(inspection.direction(), inspection.text(), action, severity, verdicts, failures,
                text, reply);
    }

    private Optional<String> reply(Action action, List<Verdict> verdicts) {
        if (action == Action.ESCALATE) {
            List<Category> escalated = verdicts.stream().filter(v -> v.action() == Action.ESCALATE)
                    .sorted(Comparator.comparing(Verdict::severity).reversed()).map(Verdict::category).distinct()
                    .toList();
            return Optional.of(config.crisis().caringReply(escalated));
        }
        if (action == Action.ALLOW) return Optional.empty();
        return verdicts.stream().filter(v -> v.action() == action)
                .max(Comparator.comparing(Verdict::severity))
                .flatMap(v -> config.policy().rule(v.category()).reply());
    }
}
