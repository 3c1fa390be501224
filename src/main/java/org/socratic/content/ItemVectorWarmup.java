package org.socratic.content;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the server is up, embeds one item of every family in the background (a few seconds of CPU for 242 families),
 * so that no student's first message about a family waits for its vector (see {@link ContentEmbedder}). The
 * command-line tools do not start a server, so they do not do this. Turned off
 * with {@code socratic.content.warm-item-vectors: false} (the tests, which start many short-lived servers).
 */
@Singleton
@Requires(property = "socratic.content.warm-item-vectors", notEquals = "false")
class ItemVectorWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ItemVectorWarmup.class);
    private final ContentBank bank;
    private final ContentEmbedder embedder;

    ItemVectorWarmup(ContentBank bank, ContentEmbedder embedder) {
        this.bank = bank;
        this.embedder = embedder;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread.ofVirtual().name("item-vector-warmup").start(this::warm);
    }

    private void warm() {
        long started = System.nanoTime();
        int done = 0;
        for (Family family : bank.families()) {
            try {
                embedder.topicVector(family.id(), ItemGenerator.generate(family, 0).prompt());
                done++;
            } catch (RuntimeException e) {
                LOG.warn("could not embed an item of family {}: {}", family.id(), e.getMessage());
            }
        }
        LOG.info("item vectors ready for {} families in {} ms", done, (System.nanoTime() - started) / 1_000_000);
    }
}
