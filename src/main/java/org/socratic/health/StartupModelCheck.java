package org.socratic.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socratic.llm.ProviderStatus;

/**
 * Reports at start-up, for each configured provider, whether it answers and whether its models are pulled. It never
 * fails the start: without a model the service tutors with the authored fallbacks.
 */
@Singleton
@Requires(property = "socratic.llm.startup-check", value = "true", defaultValue = "true")
@Requires(notEnv = "cli")
class StartupModelCheck {
    private static final Logger LOG = LoggerFactory.getLogger(StartupModelCheck.class);
    private final ModelStatusBoard board;

    StartupModelCheck(ModelStatusBoard board) {
        this.board = board;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        for (ProviderStatus status : board.refresh()) {
            if (status.ready()) {
                LOG.info("model provider {} at {}: ready ({})", status.provider(), status.url(), status.detail());
            } else {
                LOG.warn("model provider {} at {}: {} (models {})",
                        status.provider(), status.url(), status.detail(), status.modelsRequired());
            }
        }
    }
}
