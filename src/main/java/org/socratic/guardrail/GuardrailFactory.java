package org.socratic.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/** Builds the guardrail from {@code guardrails/} and the service's settings: the Micronaut edge of this package. */
@Factory
class GuardrailFactory {
    @Singleton
    GuardrailConfig guardrailConfig(GuardrailSettings settings) {
        return GuardrailConfig.load(settings.guardrailsDir());
    }

    @Singleton
    GuardrailPipeline guardrailPipeline(GuardrailConfig config, GuardrailSettings settings,
            BeanProvider<EmbeddingModel> embeddings) {
        Optional<EmbeddingModel> model = settings.embeddings() ? embeddings.find(null) : Optional.empty();
        return GuardrailPipeline.create(config, model, GuardrailLayers.remoteLayers(config.policy(), System::getenv));
    }

    @Singleton
    AlertWebhook alertWebhook(GuardrailSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(settings.webhookTimeoutMs())).build();
        return new AlertWebhook(http, settings.webhookUrl(), Duration.ofMillis(settings.webhookTimeoutMs()));
    }
}
