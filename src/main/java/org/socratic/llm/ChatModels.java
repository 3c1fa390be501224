package org.socratic.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import jakarta.inject.Singleton;

/**
 * Builds LangChain4j models from a {@link ModelSpec}. Retries are zero here on purpose: the resilience layer
 * around each provider owns retries, timeouts and circuit breaking, so they are not stacked twice.
 */
@Singleton
public class ChatModels {
    private final ProviderEndpoints endpoints;

    public ChatModels(ProviderEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public ChatModel chatModel(ModelSpec spec) {
        return switch (spec.provider()) {
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(endpoints.ollamaBaseUrl())
                    .modelName(spec.model())
                    .temperature(spec.temperature())
                    .numPredict(spec.maxTokens())
                    .timeout(spec.timeout())
                    .maxRetries(0)
                    .build();
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(endpoints.openAiBaseUrl())
                    .apiKey(openAiKey())
                    .modelName(spec.model())
                    .temperature(spec.temperature())
                    .maxCompletionTokens(spec.maxTokens())
                    .timeout(spec.timeout())
                    .maxRetries(0)
                    .build();
        };
    }

    public StreamingChatModel streamingChatModel(ModelSpec spec) {
        return switch (spec.provider()) {
            case OLLAMA -> OllamaStreamingChatModel.builder()
                    .baseUrl(endpoints.ollamaBaseUrl())
                    .modelName(spec.model())
                    .temperature(spec.temperature())
                    .numPredict(spec.maxTokens())
                    .timeout(spec.timeout())
                    .build();
            case OPENAI -> OpenAiStreamingChatModel.builder()
                    .baseUrl(endpoints.openAiBaseUrl())
                    .apiKey(openAiKey())
                    .modelName(spec.model())
                    .temperature(spec.temperature())
                    .maxCompletionTokens(spec.maxTokens())
                    .timeout(spec.timeout())
                    .build();
        };
    }

    private String openAiKey() {
        return endpoints.openAiApiKey().orElseThrow(() -> new IllegalStateException(
                "an agent is configured for OpenAI but OPENAI_API_KEY is not set"));
    }
}
