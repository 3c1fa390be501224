package org.socratic.guardrail;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.socratic.config.YamlNode;
import org.socratic.guardrail.GuardrailPolicy.ClassifierSettings;
import org.socratic.guardrail.GuardrailPolicy.ExemplarRun;
import org.socratic.guardrail.GuardrailPolicy.ExemplarSettings;
import org.socratic.guardrail.GuardrailPolicy.ModelEndpoint;
import org.socratic.guardrail.GuardrailPolicy.ModelSettings;
import org.socratic.guardrail.GuardrailPolicy.ReadingLevelSettings;
import org.socratic.guardrail.GuardrailPolicy.RedactionSettings;
import org.socratic.guardrail.GuardrailPolicy.StreamFailure;
import org.socratic.guardrail.GuardrailPolicy.StreamSettings;

/** Reads and validates {@code guardrails/policy.yml}; every mistake is a ConfigException with file and line. */
final class PolicyLoader {
    private PolicyLoader() {}

    static GuardrailPolicy load(Path file) {
        return read(YamlNode.load(file));
    }

    static GuardrailPolicy read(YamlNode root) {
        root.allowOnly("version", "categories", "classifier", "exemplars", "models", "redaction", "reading_level", "stream");
        root.integer("version", 1, 1);
        YamlNode categories = root.get("categories");
        Map<Category, CategoryRule> rules = new EnumMap<>(Category.class);
        for (String key : categories.keys()) {
            YamlNode node = categories.get(key);
            Category category = Category.byId(key).orElseThrow(() -> node.error("unknown category '" + key + "'"));
            rules.put(category, rule(category, node));
        }
        for (Category c : Category.values()) {
            if (!rules.containsKey(c)) throw categories.error("no rule for category '" + c.id() + "'");
        }
        ClassifierSettings classifier = root.find("classifier").map(PolicyLoader::classifier)
                .orElse(ClassifierSettings.disabled());
        return new GuardrailPolicy(rules, classifier, exemplars(root.get("exemplars")), models(root.get("models")),
                redaction(root.get("redaction")), readingLevel(root.get("reading_level")), stream(root.get("stream")));
    }

    private static CategoryRule rule(Category category, YamlNode node) {
        node.allowOnly("severity", "action", "actions", "output_action", "reply");
        Map<Severity, Action> bySeverity = new EnumMap<>(Severity.class);
        node.find("actions").ifPresent(actions -> {
            for (String s : actions.keys()) {
                Severity severity = Severity.byId(s).orElseThrow(() -> actions.error("unknown severity '" + s + "'"));
                bySeverity.put(severity, action(actions.get(s)));
            }
        });
        return new CategoryRule(category, severity(node.get("severity")), action(node.get("action")), bySeverity,
                action(node.get("output_action")), node.find("reply").map(YamlNode::text));
    }

    static Severity severity(YamlNode node) {
        return Severity.byId(node.text()).orElseThrow(() -> node.error(
                "unknown severity '" + node.text() + "' (none, low, medium, high, critical)"));
    }

    private static Action action(YamlNode node) {
        return Action.byId(node.text()).orElseThrow(() -> node.error(
                "unknown action '" + node.text() + "' (allow, redact, redirect, block, escalate)"));
    }

    private static ClassifierSettings classifier(YamlNode node) {
        node.allowOnly("enabled", "model", "output", "read_clauses", "clause_bar");
        return new ClassifierSettings(node.bool("enabled", true), node.string("model"), node.bool("output", false),
                node.bool("read_clauses", false), node.decimal("clause_bar", 0.0, 1.0, 0.5));
    }

    private static ExemplarSettings exemplars(YamlNode node) {
        node.allowOnly("run", "threshold", "margin", "thresholds", "on_task", "unless");
        ExemplarRun run = switch (node.string("run")) {
            case "always" -> ExemplarRun.ALWAYS;
            case "when_clear" -> ExemplarRun.WHEN_CLEAR;
            case "never" -> ExemplarRun.NEVER;
            default -> throw node.get("run").error("run must be always, when_clear or never");
        };
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        node.find("thresholds").ifPresent(t -> {
            for (String key : t.keys()) {
                Category c = Category.byId(key).orElseThrow(() -> t.error("unknown category '" + key + "'"));
                thresholds.put(c, t.decimal(key, 0, 1));
            }
        });
        var onTask = node.find("on_task").map(n -> LexiconLoader.regex(n, n.text()));
        var unless = node.find("unless").map(n -> LexiconLoader.regex(n, n.text()));
        return new ExemplarSettings(run, node.decimal("threshold", 0, 1), node.decimal("margin", 0, 1), thresholds,
                onTask, unless);
    }

    private static ModelSettings models(YamlNode node) {
        node.allowOnly("llama_guard", "openai_moderation");
        return new ModelSettings(endpoint(node.get("llama_guard")), endpoint(node.get("openai_moderation")));
    }

    private static ModelEndpoint endpoint(YamlNode node) {
        node.allowOnly("enabled", "url", "model", "timeout_ms", "api_key_env", "threshold");
        String url = node.string("url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) throw node.get("url").error("not an http(s) URL");
        return new ModelEndpoint(node.bool("enabled", false), url, node.string("model"),
                node.integer("timeout_ms", 50, 120_000), node.string("api_key_env", ""),
                node.decimal("threshold", 0, 1, 0.5));
    }

    private static RedactionSettings redaction(YamlNode node) {
        node.allowOnly("before_cloud", "before_ollama");
        return new RedactionSettings(node.bool("before_cloud", true), node.bool("before_ollama", false));
    }

    private static ReadingLevelSettings readingLevel(YamlNode node) {
        node.allowOnly("margin", "min_words");
        return new ReadingLevelSettings(node.decimal("margin", 0, 12), node.integer("min_words", 1, 1000));
    }

    private static StreamSettings stream(YamlNode node) {
        node.allowOnly("on_fail", "fallback");
        String onFail = node.string("on_fail");
        StreamFailure failure = switch (onFail) {
            case "replace_and_stop", "drop" -> StreamFailure.valueOf(onFail.toUpperCase(Locale.ROOT));
            default -> throw node.get("on_fail").error("on_fail must be replace_and_stop or drop");
        };
        return new StreamSettings(failure, node.string("fallback"));
    }
}
