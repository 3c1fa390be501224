package org.socratic.guardrail;

import java.nio.file.Path;

/** The repository's own {@code guardrails/} folder, loaded once for the tests. */
final class TestGuardrails {
    private static GuardrailConfig config;
    private static GuardrailPipeline offline;

    private TestGuardrails() {}

    static synchronized GuardrailConfig config() {
        if (config == null) config = GuardrailConfig.load(Path.of("guardrails"));
        return config;
    }

    /** The repository's configuration without the trained classifier, and with the exemplar classifier run so. */
    static GuardrailConfig exemplarsOnly(GuardrailPolicy.ExemplarRun run) {
        GuardrailConfig c = config();
        GuardrailPolicy p = c.policy();
        GuardrailPolicy.ExemplarSettings e = p.exemplars();
        GuardrailPolicy policy = new GuardrailPolicy(p.rules(), GuardrailPolicy.ClassifierSettings.disabled(),
                new GuardrailPolicy.ExemplarSettings(run, e.threshold(), e.margin(), e.thresholds(), e.onTask(), e.unless()),
                p.models(), p.redaction(), p.readingLevel(), p.stream());
        return new GuardrailConfig(c.dir(), policy, c.lexicons(), c.idioms(), c.pii(), java.util.Optional.empty(),
                c.exemplars(), c.crisis(), c.terminology());
    }

    /** The repository's configuration with another classifier and classifier settings. */
    static GuardrailConfig withClassifier(org.socratic.guardrail.classifier.LinearClassifier model,
            GuardrailPolicy.ClassifierSettings settings) {
        GuardrailConfig c = config();
        GuardrailPolicy p = c.policy();
        GuardrailPolicy policy = new GuardrailPolicy(p.rules(), settings, p.exemplars(), p.models(), p.redaction(),
                p.readingLevel(), p.stream());
        return new GuardrailConfig(c.dir(), policy, c.lexicons(), c.idioms(), c.pii(), java.util.Optional.of(model),
                c.exemplars(), c.crisis(), c.terminology());
    }

    static synchronized GuardrailPipeline offline() {
        if (offline == null) offline = GuardrailPipeline.offline(config());
        return offline;
    }
}
