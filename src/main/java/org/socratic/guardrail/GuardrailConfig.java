package org.socratic.guardrail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.socratic.guardrail.classifier.LinearClassifier;

/** Everything in the {@code guardrails/} folder, loaded and validated. */
public record GuardrailConfig(Path dir, GuardrailPolicy policy, List<Lexicon> lexicons, Idioms idioms,
        PiiScanner pii, Optional<LinearClassifier> classifier, ExemplarSet exemplars, CrisisResources crisis,
        TerminologyRegistry terminology) {
    public GuardrailConfig {
        lexicons = List.copyOf(lexicons);
    }

    /** Loads {@code dir} (usually {@code $SOCRATIC_HOME/guardrails}); a mistake is a ConfigException. */
    public static GuardrailConfig load(Path dir) {
        return GuardrailConfigLoader.load(dir);
    }
}
