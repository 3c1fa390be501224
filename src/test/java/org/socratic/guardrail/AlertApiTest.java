package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socratic.demo.DemoDistrict;
import org.socratic.identity.Users;
import org.socratic.testing.ApiClient;

/** GET /api/alerts through the real HTTP API and the demo district. */
@MicronautTest(transactional = false)
@Property(name = "socratic.guardrail.embeddings", value = "false")
class AlertApiTest {
    @Inject @Client("/") HttpClient client;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject GuardrailService guardrail;

    @Test
    void teachers_see_their_students_alerts_admins_all_students_and_evaluators_none() {
        demo.seed("demo-password");
        ApiClient api = new ApiClient(client.toBlocking());
        long student1 = users.findByUsername("student1").orElseThrow().id();
        guardrail.screenInput("nobody would care if i was gone",
                GuardrailContext.builder().student(student1).grade(7).subject("math").build());

        String teacher1 = api.login("teacher1", "demo-password");
        List<Map<String, Object>> seen = client.toBlocking().retrieve(HttpRequest.GET("/api/alerts").bearerAuth(teacher1),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(seen.stream().anyMatch(a -> ((Number) a.get("studentId")).longValue() == student1
                && a.get("categories").equals(List.of("self_harm"))), seen::toString);

        String teacher2 = api.login("teacher2", "demo-password");
        List<Map<String, Object>> other = client.toBlocking().retrieve(HttpRequest.GET("/api/alerts").bearerAuth(teacher2),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(other.stream().noneMatch(a -> ((Number) a.get("studentId")).longValue() == student1));

        assertEquals(HttpStatus.OK, api.statusOfGet("/api/alerts", api.login("admin1", "demo-password")));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/alerts", api.login("student1", "demo-password")));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/alerts", api.login("evaluator1", "demo-password")));
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/alerts", null));
    }
}
