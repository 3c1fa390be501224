package org.socratic.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** OpenAI's {@code GET /v1/models} with the key from the environment. */
@Singleton
final class OpenAiProbe implements ProviderProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProviderEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    OpenAiProbe(ProviderEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Provider provider() { return Provider.OPENAI; }

    @Override
    public ProviderStatus probe(Set<String> requiredModels) {
        String url = endpoints.openAiBaseUrl();
        List<String> required = List.copyOf(new TreeSet<>(requiredModels));
        Optional<String> key = endpoints.openAiApiKey();
        if (key.isEmpty()) {
            return new ProviderStatus("openai", url, false, required, required, "OPENAI_API_KEY is not set");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/models"))
                    .header("Authorization", "Bearer " + key.get())
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                return new ProviderStatus("openai", url, false, required, required, "the API key was refused (401)");
            }
            if (response.statusCode() != 200) {
                return new ProviderStatus("openai", url, false, required, required,
                        "GET /models answered " + response.statusCode());
            }
            Set<String> available = new HashSet<>();
            for (JsonNode model : JSON.readTree(response.body()).path("data")) available.add(model.path("id").asText());
            List<String> missing = required.stream().filter(m -> !available.contains(m)).toList();
            return new ProviderStatus("openai", url, true, required, missing,
                    missing.isEmpty() ? "all configured models are available" : "not available: " + String.join(", ", missing));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProviderStatus("openai", url, false, required, required, "interrupted");
        } catch (Exception e) {
            return new ProviderStatus("openai", url, false, required, required,
                    "not answering (" + e.getClass().getSimpleName() + ")");
        }
    }
}
