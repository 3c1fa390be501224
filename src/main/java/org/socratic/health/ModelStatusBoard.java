package org.socratic.health;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.socratic.agent.AgentCatalog;
import org.socratic.llm.ProviderProbe;
import org.socratic.llm.ProviderStatus;

/**
 * The state of each configured model provider, probed at most every 15 seconds so that health checks from a load
 * balancer do not hammer Ollama. Only providers some agent uses are probed.
 */
@Singleton
public class ModelStatusBoard {
    private static final Duration MAX_AGE = Duration.ofSeconds(15);
    private final AgentCatalog agents;
    private final List<ProviderProbe> probes;
    private final Clock clock = Clock.systemUTC();
    private List<ProviderStatus> last = List.of();
    private Instant probedAt = Instant.EPOCH;

    ModelStatusBoard(AgentCatalog agents, List<ProviderProbe> probes) {
        this.agents = agents;
        this.probes = probes;
    }

    public synchronized List<ProviderStatus> current() {
        if (Duration.between(probedAt, clock.instant()).compareTo(MAX_AGE) > 0) refresh();
        return last;
    }

    public synchronized List<ProviderStatus> refresh() {
        List<ProviderStatus> statuses = new ArrayList<>();
        for (ProviderProbe probe : probes) {
            Set<String> models = agents.modelsFor(probe.provider());
            if (!models.isEmpty()) statuses.add(probe.probe(models));
        }
        statuses.sort(java.util.Comparator.comparing(ProviderStatus::provider));
        last = List.copyOf(statuses);
        probedAt = clock.instant();
        return last;
    }
}
