package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts an alert as JSON to the district's webhook. One call is one attempt; the caller records it and retries.
 * Any 2xx answer is a delivery; anything else, a timeout included, is a failure with its reason.
 */
public final class AlertWebhook {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final Optional<URI> url;
    private final Duration timeout;

    public AlertWebhook(HttpClient http, String url, Duration timeout) {
        this.http = http;
        this.url = url == null || url.isBlank() ? Optional.empty() : Optional.of(URI.create(url.strip()));
        this.timeout = timeout;
    }

    public boolean configured() {
        return url.isPresent();
    }

    /** Empty when delivered, else why not. */
    public Optional<String> send(SafetyAlert alert) {
        if (url.isEmpty()) return Optional.of("no webhook configured");
        try {
            HttpRequest request = HttpRequest.newBuilder(url.get()).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload(alert))))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (java.net.http.HttpTimeoutException e) {
            return Optional.of("timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (Exception e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static Map<String, Object> payload(SafetyAlert alert) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "socratic.safety_alert");
        out.put("alertId", alert.id());
        out.put("studentId", alert.studentId());
        out.put("sessionId", alert.sessionId() == null ? null : alert.sessionId().toString());
        out.put("categories", alert.categories());
        out.put("severity", alert.severity());
        out.put("reason", alert.reason());
        out.put("excerpt", alert.excerpt());
        out.put("recipients", alert.recipients());
        out.put("createdAt", alert.createdAt().toString());
        return out;
    }
}
