package org.socratic.guardrail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The service's guardrail settings (environment variables map to them, e.g. {@code SOCRATIC_GUARDRAIL_WEBHOOK_URL}):
 * where {@code guardrails/} is, whether the embedding classifier runs, and the alert webhook.
 */
@Singleton
public record GuardrailSettings(
        @Value("${socratic.guardrail.dir:}") String dir,
        @Value("${socratic.home:.}") String home,
        @Value("${socratic.guardrail.embeddings:true}") boolean embeddings,
        @Value("${socratic.guardrail.webhook-url:}") String webhookUrl,
        @Value("${socratic.guardrail.webhook-timeout-ms:3000}") int webhookTimeoutMs,
        @Value("${socratic.guardrail.webhook-immediate-attempts:3}") int immediateAttempts,
        @Value("${socratic.guardrail.webhook-backoff-ms:500}") long backoffMs,
        @Value("${socratic.guardrail.webhook-max-attempts:20}") int maxAttempts) {
    public GuardrailSettings {
        if (webhookTimeoutMs < 100) throw new IllegalArgumentException("socratic.guardrail.webhook-timeout-ms >= 100");
        if (immediateAttempts < 1) throw new IllegalArgumentException("socratic.guardrail.webhook-immediate-attempts >= 1");
        if (maxAttempts < immediateAttempts) {
            throw new IllegalArgumentException("socratic.guardrail.webhook-max-attempts >= immediate attempts");
        }
    }

    java.nio.file.Path guardrailsDir() {
        return dir == null || dir.isBlank() ? java.nio.file.Path.of(home, "guardrails") : java.nio.file.Path.of(dir);
    }
}
