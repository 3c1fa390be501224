package org.socratic.llm;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Whether a provider answered and which of the models the configuration needs it lacks. */
@Serdeable
public record ProviderStatus(String provider, String url, boolean reachable, List<String> modelsRequired,
                             List<String> modelsMissing, String detail) {
    public boolean ready() {
        return reachable && modelsMissing.isEmpty();
    }
}
