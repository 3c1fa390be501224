package org.socratic.guardrail;

import java.util.EnumMap;
import java.util.Map;

/**
 * The policy of {@code guardrails/policy.yml}: one rule per category and the settings of the layers. It turns a
 * layer's {@link Finding} into a {@link Verdict}; of all the verdicts on a text, the strongest action wins.
 */
public record GuardrailPolicy(Map<Category, CategoryRule> rules, ClassifierSettings classifier,
        ExemplarSettings exemplars, ModelSettings models, RedactionSettings redaction,
        ReadingLevelSettings readingLevel, StreamSettings stream) {
    public GuardrailPolicy {
        for (Category c : Category.values()) {
            if (!rules.containsKey(c)) throw new IllegalArgumentException("the policy has no rule for " + c.id());
        }
        rules = Map.copyOf(new EnumMap<>(rules));
    }

    public CategoryRule rule(Category category) {
        return rules.get(category);
    }

    public Verdict decide(Finding finding, String layer, Direction direction) {
        CategoryRule rule = rule(finding.category());
        Severity severity = finding.severity().orElse(rule.severity());
        return Verdict.decided(finding, layer, rule.actionFor(severity, direction), severity);
    }

    /**
     * The trained classifier ({@code classifier:} in policy.yml). It only ever adds findings.
     *
     * @param enabled     false leaves the classifier out (the lexicons, patterns and PII recognisers still run)
     * @param model       the model file, relative to the guardrails folder
     * @param output      also read agent output (for the categories that apply to it, off-topic aside)
     * @param readClauses also read a child's long message clause by clause, for self-harm and abuse
     * @param clauseBar   the probability a clause read alone must reach (and its category's threshold): a few words
     *                    out of their message need more evidence than the whole
     */
    public record ClassifierSettings(boolean enabled, String model, boolean output, boolean readClauses, double clauseBar) {
        public static ClassifierSettings disabled() {
            return new ClassifierSettings(false, "", false, false, 0.5);
        }
    }

    /** When the exemplar classifier runs. */
    public enum ExemplarRun { ALWAYS, WHEN_CLEAR, NEVER }

    /**
     * @param onTask a message this pattern finds is about the work ...
     * @param unless ... unless this pattern finds a word of worry in it: only then is the embedding skipped
     */
    public record ExemplarSettings(ExemplarRun run, double threshold, double margin, Map<Category, Double> thresholds,
            java.util.Optional<java.util.regex.Pattern> onTask, java.util.Optional<java.util.regex.Pattern> unless) {
        public ExemplarSettings {
            thresholds = Map.copyOf(thresholds);
        }

        public ExemplarSettings(ExemplarRun run, double threshold, double margin, Map<Category, Double> thresholds) {
            this(run, threshold, margin, thresholds, java.util.Optional.empty(), java.util.Optional.empty());
        }

        /** True when the message is plainly about the work and has no word of worry: no embedding needed. */
        public boolean skips(String folded) {
            return onTask.isPresent() && onTask.get().matcher(folded).find()
                    && (unless.isEmpty() || !unless.get().matcher(folded).find());
        }

        public double thresholdFor(Category c) {
            return thresholds.getOrDefault(c, threshold);
        }
    }

    public record ModelEndpoint(boolean enabled, String url, String model, int timeoutMs, String apiKeyEnv,
            double threshold) {}

    public record ModelSettings(ModelEndpoint llamaGuard, ModelEndpoint openAiModeration) {}

    public record RedactionSettings(boolean beforeCloud, boolean beforeOllama) {}

    public record ReadingLevelSettings(double margin, int minWords) {}

    /** What a failing sentence of a stream becomes. */
    public enum StreamFailure { REPLACE_AND_STOP, DROP }

    public record StreamSettings(StreamFailure onFail, String fallback) {}
}
