package org.socratic.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/** Signs in over the real HTTP API and makes authenticated calls, returning the status instead of throwing. */
public final class ApiClient {
    private final BlockingHttpClient http;

    public ApiClient(BlockingHttpClient http) {
        this.http = http;
    }

    @SuppressWarnings("unchecked")
    public String login(String username, String password) {
        Map<String, Object> body = http.retrieve(
                HttpRequest.POST("/api/auth/login", Map.of("username", username, "password", password)), Map.class);
        return (String) body.get("token");
    }

    /** The status of a GET with the given bearer token (null: no token). */
    public HttpStatus statusOfGet(String path, String token) {
        HttpRequest<?> request = HttpRequest.GET(path);
        if (token != null) request = ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
        try {
            return http.exchange(request, Argument.of(String.class)).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    public <T> HttpResponse<T> get(String path, String token, Class<T> type) {
        return http.exchange(HttpRequest.GET(path).bearerAuth(token), type);
    }
}
