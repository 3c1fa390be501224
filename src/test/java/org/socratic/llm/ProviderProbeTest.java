package org.socratic.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderProbeTest {
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ProviderEndpoints endpoints(String key) {
        return new ProviderEndpoints(server.baseUrl(), server.baseUrl() + "/v1", key);
    }

    @Test
    void ollama_reports_which_configured_models_are_pulled() {
        server.stubFor(get("/api/tags").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"models":[{"name":"llama3.1:8b","model":"llama3.1:8b","size":4920753328},
                           {"name":"llama-guard3:latest","model":"llama-guard3:latest","size":1}]}""")));
        ProviderStatus status = new OllamaProbe(endpoints("")).probe(Set.of("llama3.1:8b", "llama-guard3", "qwen2.5:7b"));
        assertTrue(status.reachable());
        assertEquals(List.of("qwen2.5:7b"), status.modelsMissing());
        assertFalse(status.ready());
        assertTrue(status.detail().contains("ollama pull qwen2.5:7b"), status.detail());
    }

    @Test
    void an_ollama_that_does_not_answer_is_a_status_not_an_error() {
        ProviderStatus status = new OllamaProbe(new ProviderEndpoints("http://127.0.0.1:9", "http://127.0.0.1:9", ""))
                .probe(Set.of("llama3.1:8b"));
        assertFalse(status.reachable());
        assertTrue(status.detail().startsWith("not answering"), status.detail());
    }

    @Test
    void openai_lists_models_with_the_bearer_key() {
        server.stubFor(get("/v1/models").withHeader("Authorization", equalTo("Bearer sk-k"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\"}]}")));
        ProviderStatus status = new OpenAiProbe(endpoints("sk-k")).probe(Set.of("gpt-4o-mini"));
        assertTrue(status.ready(), status.detail());
    }

    @Test
    void openai_without_a_key_says_so() {
        ProviderStatus status = new OpenAiProbe(endpoints("")).probe(Set.of("gpt-4o-mini"));
        assertFalse(status.reachable());
        assertEquals("OPENAI_API_KEY is not set", status.detail());
    }
}
