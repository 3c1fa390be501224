package org.socratic.llm;

import java.time.Duration;
import java.util.Objects;

/** Which model to call and how: what an agent's YAML says about its model. */
public record ModelSpec(Provider provider, String model, double temperature, int maxTokens, Duration timeout) {
    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model is required");
        if (temperature < 0 || temperature > 2) throw new IllegalArgumentException("temperature must be 0..2");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be positive");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }
}
