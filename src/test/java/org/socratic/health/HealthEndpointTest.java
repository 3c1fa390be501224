package org.socratic.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /health} reports each component, and answers 503 when the database is down. */
class HealthEndpointTest {

    private static Map<?, ?> body(String json) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    }

    @Test
    void with_the_database_and_ollama_up_every_component_is_reported_up() throws Exception {
        WireMockServer ollama = new WireMockServer(options().dynamicPort());
        ollama.start();
        ollama.stubFor(get("/api/tags").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"models\":[{\"name\":\"llama3.1:8b\"}]}")));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("socratic.llm.ollama.base-url", ollama.baseUrl()), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
            assertEquals(200, response.code());
            Map<?, ?> health = body(response.body());
            assertEquals("UP", health.get("status"), response.body());
            assertEquals("UP", ((Map<?, ?>) health.get("database")).get("status"));
            assertTrue(((Map<?, ?>) health.get("database")).get("detail").toString().contains("pgvector"));
            assertEquals("UP", ((Map<?, ?>) health.get("embedding")).get("status"));
            Map<?, ?> provider = (Map<?, ?>) ((java.util.List<?>) health.get("models")).getFirst();
            assertEquals("ollama", provider.get("provider"));
            assertEquals(true, provider.get("reachable"));
        } finally {
            ollama.stop();
        }
    }

    @Test
    void without_ollama_the_service_is_degraded_and_says_why() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
            assertEquals(200, response.code());
            Map<?, ?> health = body(response.body());
            assertEquals("DEGRADED", health.get("status"));
            assertTrue(health.get("tutoring").toString().contains("authored hints"), response.body());
        }
    }

    @Test
    void with_the_database_down_health_is_503() throws Exception {
        Map<String, Object> noDatabase = Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:9/nothing",
                "datasources.default.connection-timeout", 1000,
                "flyway.datasources.default.enabled", false);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, noDatabase, "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/health"), String.class));
            assertEquals(503, e.code());
            Map<?, ?> health = body(e.getResponse().getBody(String.class).orElseThrow());
            assertEquals("DOWN", health.get("status"));
            assertEquals("DOWN", ((Map<?, ?>) health.get("database")).get("status"));
        }
    }
}
