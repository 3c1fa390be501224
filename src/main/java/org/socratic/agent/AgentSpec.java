package org.socratic.agent;

import java.nio.file.Path;
import java.time.Duration;
import org.socratic.llm.ModelSpec;

/** One agent's configuration, as validated from {@code agents/<name>.yml}. */
public record AgentSpec(String name, ModelSpec model, int retries, String promptVersion, Fallback fallback,
                        Path source) {
    public Duration timeout() { return model.timeout(); }
}
