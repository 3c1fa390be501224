package org.socratic.agent;

import java.nio.file.Path;
import java.time.Duration;
import org.socratic.config.YamlNode;
import org.socratic.llm.ModelSpec;
import org.socratic.llm.Provider;

/** Reads and validates one {@code agents/<name>.yml}; every mistake names the file, the line and the key. */
final class AgentSpecFile {
    private AgentSpecFile() {}

    static AgentSpec read(Path file) {
        YamlNode root = YamlNode.load(file);
        root.allowOnly("agent", "provider", "model", "temperature", "max_tokens", "timeout_seconds", "retries",
                "prompt_version", "fallback");
        String name = root.string("agent");
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!name.equals(expected)) {
            throw root.get("agent").error("agent is '" + name + "' but the file is named " + file.getFileName());
        }
        YamlNode providerNode = root.get("provider");
        Provider provider = Provider.parse(providerNode.text());
        if (provider == null) throw providerNode.error("unknown provider '" + providerNode.text() + "' (ollama or openai)");
        String model = root.string("model");
        if (model.isBlank()) throw root.get("model").error("model must not be empty");
        double temperature = root.decimal("temperature", 0, 2);
        int maxTokens = root.integer("max_tokens", 16, 32_000);
        int timeoutSeconds = root.integer("timeout_seconds", 1, 600);
        int retries = root.integer("retries", 0, 5);
        YamlNode versionNode = root.get("prompt_version");
        String version = versionNode.text();
        if (!version.matches("v[0-9]+")) throw versionNode.error("prompt_version must look like v1, v2 ...");
        YamlNode fallbackNode = root.get("fallback");
        Fallback fallback = Fallback.parse(fallbackNode.text());
        if (fallback == null) {
            throw fallbackNode.error("unknown fallback '" + fallbackNode.text()
                    + "' (authored-hints, teacher-queue or rules)");
        }
        return new AgentSpec(name, new ModelSpec(provider, model, temperature, maxTokens,
                Duration.ofSeconds(timeoutSeconds)), retries, version, fallback, file);
    }
}
