package org.socratic.guardrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socratic.guardrail.GuardrailPolicy.ModelEndpoint;

/**
 * Llama Guard 3 served by Ollama ({@code POST /api/chat}, not streamed). The model judges the last message of the
 * conversation it is given and answers {@code safe}, or {@code unsafe} and a line of category codes such as
 * {@code S1,S11}; the codes are mapped to this project's categories. Any failure (timeout, HTTP error, an answer
 * that is neither) is {@link LayerResult.Unavailable}: the offline verdict stands.
 */
final class LlamaGuardLayer implements RemoteLayer {
    /** Llama Guard 3's hazard taxonomy (MLCommons), mapped to the nearest category here. */
    static final Map<String, Category> CODES = Map.ofEntries(
            Map.entry("S1", Category.VIOLENCE),       // violent crimes
            Map.entry("S2", Category.VIOLENCE),       // non-violent crimes
            Map.entry("S3", Category.SEXUAL),         // sex-related crimes
            Map.entry("S4", Category.ABUSE),          // child sexual exploitation
            Map.entry("S5", Category.BULLYING),       // defamation
            Map.entry("S6", Category.OFF_TOPIC),      // specialized advice
            Map.entry("S7", Category.PII),            // privacy
            Map.entry("S8", Category.OFF_TOPIC),      // intellectual property
            Map.entry("S9", Category.WEAPONS),        // indiscriminate weapons
            Map.entry("S10", Category.HATE),          // hate
            Map.entry("S11", Category.SELF_HARM),     // suicide and self-harm
            Map.entry("S12", Category.SEXUAL),        // sexual content
            Map.entry("S13", Category.OFF_TOPIC),     // elections
            Map.entry("S14", Category.PROMPT_INJECTION)); // code interpreter abuse
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final ModelEndpoint endpoint;

    LlamaGuardLayer(HttpClient http, ModelEndpoint endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return "llama_guard";
    }

    @Override
    public ProviderKind provider() {
        return ProviderKind.LOCAL;
    }

    @Override
    public LayerResult check(Inspection inspection) {
        try {
            ObjectNode body = JSON.createObjectNode().put("model", endpoint.model()).put("stream", false);
            String role = inspection.direction() == Direction.INPUT ? "user" : "assistant";
            var messages = body.putArray("messages");
            if (inspection.direction() == Direction.OUTPUT) {
                messages.addObject().put("role", "user").put("content", "(a student's message to a tutor)");
            }
            messages.addObject().put("role", role).put("content", inspection.text());
            body.putObject("options").put("temperature", 0);
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url().replaceAll("/+$", "") + "/api/chat"))
                    .timeout(Duration.ofMillis(endpoint.timeoutMs()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return LayerResult.unavailable("HTTP " + response.statusCode());
            JsonNode content = JSON.readTree(response.body()).path("message").path("content");
            if (!content.isTextual()) return LayerResult.unavailable("no message content in the reply");
            return parse(content.asText());
        } catch (java.net.http.HttpTimeoutException e) {
            return LayerResult.unavailable("timed out after " + endpoint.timeoutMs() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LayerResult.unavailable("interrupted");
        } catch (Exception e) {
            return LayerResult.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** {@code safe} -> clear; {@code unsafe\nS1,S11} -> one finding per mapped category. */
    static LayerResult parse(String reply) {
        String[] lines = reply.strip().split("\\s*\\n\\s*");
        String verdict = lines[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (verdict.equals("safe")) return LayerResult.clear();
        if (!verdict.equals("unsafe")) return LayerResult.unavailable("unexpected reply '" + lines[0] + "'");
        List<Finding> findings = new ArrayList<>();
        java.util.Set<Category> seen = java.util.EnumSet.noneOf(Category.class);
        String codes = lines.length > 1 ? lines[1] : "";
        for (String code : codes.split("[,\\s]+")) {
            Category c = CODES.get(code.strip().toUpperCase(java.util.Locale.ROOT));
            if (c != null && seen.add(c)) findings.add(Finding.of(c, 0.9, "llama guard: unsafe " + code.strip()));
        }
        if (findings.isEmpty()) return LayerResult.unavailable("unsafe without a known category: '" + codes + "'");
        return LayerResult.of(findings);
    }
}
