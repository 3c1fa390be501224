package org.socratic.guardrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socratic.guardrail.GuardrailPolicy.ModelEndpoint;

/**
 * OpenAI's moderation endpoint ({@code POST /v1/moderations}). A category counts when the endpoint flags it or its
 * score reaches the configured threshold. This is a cloud provider: the pipeline redacts personal information before
 * the text is sent. Any failure is {@link LayerResult.Unavailable}.
 */
final class OpenAiModerationLayer implements RemoteLayer {
    static final Map<String, Category> CATEGORIES = Map.ofEntries(
            Map.entry("self-harm", Category.SELF_HARM),
            Map.entry("self-harm/intent", Category.SELF_HARM),
            Map.entry("self-harm/instructions", Category.SELF_HARM),
            Map.entry("sexual", Category.SEXUAL),
            Map.entry("sexual/minors", Category.SEXUAL),
            Map.entry("violence", Category.VIOLENCE),
            Map.entry("violence/graphic", Category.VIOLENCE),
            Map.entry("harassment", Category.BULLYING),
            Map.entry("harassment/threatening", Category.VIOLENCE),
            Map.entry("hate", Category.HATE),
            Map.entry("hate/threatening", Category.HATE),
            Map.entry("illicit", Category.DRUGS),
            Map.entry("illicit/violent", Category.WEAPONS));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final ModelEndpoint endpoint;
    private final String apiKey;

    OpenAiModerationLayer(HttpClient http, ModelEndpoint endpoint, String apiKey) {
        this.http = http;
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return "openai_moderation";
    }

    @Override
    public ProviderKind provider() {
        return ProviderKind.CLOUD;
    }

    @Override
    public LayerResult check(Inspection inspection) {
        try {
            var body = JSON.createObjectNode().put("model", endpoint.model()).put("input", inspection.text());
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url().replaceAll("/+$", "") + "/v1/moderations"))
                    .timeout(Duration.ofMillis(endpoint.timeoutMs()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return LayerResult.unavailable("HTTP " + response.statusCode());
            JsonNode result = JSON.readTree(response.body()).path("results").path(0);
            if (!result.isObject()) return LayerResult.unavailable("no results in the reply");
            return parse(result, endpoint.threshold());
        } catch (java.net.http.HttpTimeoutException e) {
            return LayerResult.unavailable("timed out after " + endpoint.timeoutMs() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LayerResult.unavailable("interrupted");
        } catch (Exception e) {
            return LayerResult.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static LayerResult parse(JsonNode result, double threshold) {
        JsonNode flags = result.path("categories");
        JsonNode scores = result.path("category_scores");
        Map<Category, Finding> out = new EnumMap<>(Category.class);
        var names = flags.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Category c = CATEGORIES.get(name);
            if (c == null) continue;
            double score = Math.max(0, Math.min(1, scores.path(name).asDouble(0)));
            if (flags.path(name).asBoolean(false) || score >= threshold) {
                Finding f = Finding.of(c, score, "openai moderation: " + name + String.format(java.util.Locale.ROOT, " (%.2f)", score));
                out.merge(c, f, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return LayerResult.of(new ArrayList<>(out.values()));
    }
}
