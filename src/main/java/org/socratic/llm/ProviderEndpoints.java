package org.socratic.llm;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Where the providers are. The OpenAI key comes only from the environment ({@code OPENAI_API_KEY}), never from a
 * file in the repository.
 */
@Singleton
public final class ProviderEndpoints {
    private final String ollamaBaseUrl;
    private final String openAiBaseUrl;
    private final String openAiApiKey;

    public ProviderEndpoints(@Value("${socratic.llm.ollama.base-url}") String ollamaBaseUrl,
                             @Value("${socratic.llm.openai.base-url}") String openAiBaseUrl,
                             @Value("${socratic.llm.openai.api-key:}") String openAiApiKey) {
        this.ollamaBaseUrl = stripSlash(ollamaBaseUrl);
        this.openAiBaseUrl = stripSlash(openAiBaseUrl);
        this.openAiApiKey = openAiApiKey == null ? "" : openAiApiKey.trim();
    }

    public String ollamaBaseUrl() { return ollamaBaseUrl; }

    public String openAiBaseUrl() { return openAiBaseUrl; }

    public Optional<String> openAiApiKey() {
        return openAiApiKey.isEmpty() ? Optional.empty() : Optional.of(openAiApiKey);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
