package org.socratic.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;

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
        if (model.isEmpty() && config.classifier().isPresent()) {
            LoggerFactory.getLogger(GuardrailFactory.class).warn("the guardrail's trained classifier is off: no in-process "
                    + "embeddings (SOCRATIC_GUARDRAIL_EMBEDDINGS=false); only the word lists and recognisers check messages");
        }
        return GuardrailPipeline.create(config, model, GuardrailLayers.remoteLayers(config.policy(), System::getenv));
    }

    @Singleton
    AlertWebhook alertWebhook(GuardrailSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(settings.webhookTimeoutMs())).build();
        return new AlertWebhook(http, settings.webhookUrl(), Duration.ofMillis(settings.webhookTimeoutMs()));
    }
}
