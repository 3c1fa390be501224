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

    static synchronized GuardrailPipeline offline() {
        if (offline == null) offline = GuardrailPipeline.offline(config());
        return offline;
    }
}
