package org.socratic.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Ollama's {@code GET /api/tags} lists the pulled models; "llama3.1" and "llama3.1:latest" name the same one. */
@Singleton
final class OllamaProbe implements ProviderProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProviderEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    OllamaProbe(ProviderEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Provider provider() { return Provider.OLLAMA; }

    @Override
    public ProviderStatus probe(Set<String> requiredModels) {
        String url = endpoints.ollamaBaseUrl();
        List<String> required = List.copyOf(new TreeSet<>(requiredModels));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/tags"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new ProviderStatus("ollama", url, false, required, required,
                        "GET /api/tags answered " + response.statusCode());
            }
            Set<String> pulled = new HashSet<>();
            for (JsonNode model : JSON.readTree(response.body()).path("models")) {
                String name = model.path("name").asText(model.path("model").asText());
                pulled.add(name);
                if (name.endsWith(":latest")) pulled.add(name.substring(0, name.length() - ":latest".length()));
            }
            List<String> missing = new ArrayList<>();
            for (String model : required) {
                if (!pulled.contains(model) && !pulled.contains(model + ":latest")) missing.add(model);
            }
            String detail = missing.isEmpty() ? "all configured models are pulled"
                    : "not pulled: " + String.join(", ", missing) + " (run: ollama pull " + missing.getFirst() + ")";
            return new ProviderStatus("ollama", url, true, required, missing, detail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProviderStatus("ollama", url, false, required, required, "interrupted");
        } catch (Exception e) {
            return new ProviderStatus("ollama", url, false, required, required,
                    "not answering (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")");
        }
    }
}
