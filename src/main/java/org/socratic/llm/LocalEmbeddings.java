package org.socratic.llm;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The in-process embedding model (BGE small, quantised, 384 dimensions, ONNX): no network, no model server.
 * Built on first use (loading takes about a second).
 */
@Factory
class LocalEmbeddings {
    @Singleton
    @io.micronaut.context.annotation.Bean(preDestroy = "close")
    BgeSmallEmbeddings embeddingModel() {
        return BgeSmallEmbeddings.load();
    }
}
