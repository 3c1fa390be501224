package org.socratic.health;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Provider;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.socratic.llm.ProviderStatus;

/**
 * {@code GET /health}: the database, each configured model provider and the embedding model. 503 only when the
 * database is down, since without it nothing can be stored; a missing model degrades tutoring to the authored
 * fallbacks, which the body says.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
class HealthController {
    private final DataSource dataSource;
    private final ModelStatusBoard models;
    private final Provider<EmbeddingModel> embeddings;
    private volatile ComponentHealth embeddingHealth;

    HealthController(DataSource dataSource, ModelStatusBoard models, Provider<EmbeddingModel> embeddings) {
        // The raw pool: a health check runs outside any transaction and must not need one.
        this.dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
        this.models = models;
        this.embeddings = embeddings;
    }

    @Serdeable
    record ComponentHealth(String status, String detail) {}

    @Serdeable
    record Health(String status, ComponentHealth database, List<ProviderStatus> models, ComponentHealth embedding,
                  String tutoring) {}

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Health of the database, each model provider and the embedding model (503 if the database is down)")
    HttpResponse<Health> health() {
        ComponentHealth database = database();
        List<ProviderStatus> providers = models.current();
        boolean modelsReady = !providers.isEmpty() && providers.stream().allMatch(ProviderStatus::ready);
        String tutoring = modelsReady ? "models answer: full tutoring"
                : "degraded: " + providers.stream().filter(p -> !p.ready()).map(p -> p.provider() + " " + p.detail())
                        .reduce((a, b) -> a + "; " + b).orElse("no model provider configured")
                        + " - students get the authored hints and answers are queued for teachers";
        boolean up = database.status().equals("UP");
        Health body = new Health(up ? (modelsReady ? "UP" : "DEGRADED") : "DOWN", database, providers, embedding(),
                tutoring);
        return up ? HttpResponse.ok(body) : HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private ComponentHealth database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extversion from pg_extension where extname = 'vector'")) {
            String vector = rs.next() ? "pgvector " + rs.getString(1) : "pgvector MISSING";
            return new ComponentHealth("UP",
                    c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion() + ", " + vector);
        } catch (Exception e) {
            return new ComponentHealth("DOWN", "cannot reach the database: " + e.getMessage());
        }
    }

    /** Loads the model once and embeds a word; later checks report the first result. */
    private ComponentHealth embedding() {
        ComponentHealth known = embeddingHealth;
        if (known != null) return known;
        try {
            int dims = embeddings.get().embed("health").content().dimension();
            known = new ComponentHealth("UP", "in-process BGE small (quantised), " + dims + " dimensions");
        } catch (Exception | LinkageError e) {
            known = new ComponentHealth("DOWN", "embedding model failed to load: " + e.getMessage());
        }
        embeddingHealth = known;
        return known;
    }
}
