package org.socratic.guardrail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to the webhook: a few quick attempts right away (on a virtual thread, so the student's reply is not
 * held up), then a retry every minute for what is still undelivered, up to {@code maxAttempts}. A failure is logged;
 * the alert itself is already stored, so nothing is lost.
 */
@Singleton
public class AlertDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
    private final SafetyAlerts alerts;
    private final AlertWebhook webhook;
    private final GuardrailSettings settings;

    public AlertDelivery(SafetyAlerts alerts, AlertWebhook webhook, GuardrailSettings settings) {
        this.alerts = alerts;
        this.webhook = webhook;
        this.settings = settings;
    }

    /** Starts delivering; returns at once. */
    public Thread deliverSoon(SafetyAlert alert) {
        return Thread.ofVirtual().name("alert-webhook-" + alert.id()).start(() -> deliverNow(alert));
    }

    /** Tries up to {@code immediateAttempts} times with a short back-off; true when delivered. */
    public boolean deliverNow(SafetyAlert alert) {
        if (!webhook.configured()) return false;
        for (int attempt = 1; attempt <= settings.immediateAttempts(); attempt++) {
            if (attemptOnce(alert)) return true;
            sleep(Duration.ofMillis(settings.backoffMs() * attempt));
        }
        return false;
    }

    /** Retries every undelivered alert once. */
    @Scheduled(fixedDelay = "${socratic.guardrail.webhook-retry-every:1m}", initialDelay = "1m")
    public void retryUndelivered() {
        if (!webhook.configured()) return;
        for (SafetyAlert alert : alerts.undelivered(settings.maxAttempts())) attemptOnce(alert);
    }

    private boolean attemptOnce(SafetyAlert alert) {
        Optional<String> failure = webhook.send(alert);
        alerts.recordDelivery(alert.id(), failure.isEmpty(), failure.orElse(null));
        failure.ifPresent(reason -> LOG.warn("safety alert {}: webhook delivery failed ({}); it will be retried",
                alert.id(), reason));
        return failure.isEmpty();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
