package org.socratic.llm;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link ModelCallGuard} per provider, shared by every agent that uses it: the bulkhead caps what one Ollama
 * host is asked to do at once, whichever agent asks.
 */
@Singleton
public class ModelGuards {
    private final Map<Provider, ModelCallGuard> guards = new EnumMap<>(Provider.class);

    public ModelGuards(@Value("${socratic.llm.ollama.max-concurrent:2}") int ollamaConcurrent,
                       @Value("${socratic.llm.openai.max-concurrent:16}") int openAiConcurrent,
                       @Value("${socratic.llm.circuit-open-seconds:30}") int circuitOpenSeconds) {
        GuardSettings d = GuardSettings.defaults();
        GuardSettings base = new GuardSettings(d.maxConcurrentCalls(), d.maxWaitForSlot(), d.failureRatePercent(),
                d.slidingWindowCalls(), java.time.Duration.ofSeconds(circuitOpenSeconds), d.firstRetryDelay());
        guards.put(Provider.OLLAMA, new ModelCallGuard("ollama", withConcurrency(base, ollamaConcurrent)));
        guards.put(Provider.OPENAI, new ModelCallGuard("openai", withConcurrency(base, openAiConcurrent)));
    }

    private static GuardSettings withConcurrency(GuardSettings s, int concurrent) {
        return new GuardSettings(concurrent, s.maxWaitForSlot(), s.failureRatePercent(), s.slidingWindowCalls(),
                s.openStateWait(), s.firstRetryDelay());
    }

    public ModelCallGuard forProvider(Provider provider) {
        return guards.get(provider);
    }

    /** Open circuits, for {@code /health}. */
    public Map<Provider, String> circuitStates() {
        Map<Provider, String> states = new EnumMap<>(Provider.class);
        guards.forEach((p, g) -> states.put(p, g.circuitState().name()));
        return states;
    }

    @PreDestroy
    void close() {
        guards.values().forEach(ModelCallGuard::close);
    }

}
