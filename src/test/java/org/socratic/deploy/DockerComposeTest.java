package org.socratic.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on the build machines, so the district's compose file is kept correct by this test: its
 * services, images, ports, health checks, volumes and the environment the service reads.
 */
class DockerComposeTest {
    static Map<String, Object> services;
    static Map<String, Object> compose;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws Exception {
        compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertTrue(service != null, "no service " + name);
        return service;
    }

    @Test
    void it_has_the_database_ollama_the_model_pull_and_the_service() {
        assertEquals(java.util.Set.of("db", "ollama", "ollama-pull", "socratic"), services.keySet());
    }

    @Test
    void the_database_is_pgvector_with_a_health_check_and_a_volume() {
        Map<String, Object> db = service("db");
        assertTrue(db.get("image").toString().startsWith("pgvector/pgvector:"), db.get("image").toString());
        assertTrue(db.containsKey("healthcheck"));
        assertTrue(db.get("volumes").toString().contains("/var/lib/postgresql/data"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_pull_step_is_one_shot_and_pulls_a_tutor_and_the_guard_model() {
        Map<String, Object> pull = service("ollama-pull");
        assertTrue(pull.get("image").toString().startsWith("ollama/ollama"));
        assertEquals("no", pull.get("restart"));
        String script = String.join(" ", (List<String>) pull.get("entrypoint"));
        assertTrue(script.contains("ollama pull"), script);
        Map<String, Object> env = (Map<String, Object>) pull.get("environment");
        assertTrue(env.get("SOCRATIC_TUTOR_MODEL").toString().contains("llama3.1:8b"));
        assertTrue(env.get("SOCRATIC_GUARD_MODEL").toString().contains("llama-guard3"));
        assertEquals("http://ollama:11434", env.get("OLLAMA_HOST"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_service_is_built_here_and_waits_for_its_dependencies() {
        Map<String, Object> app = service("socratic");
        assertEquals("Dockerfile", ((Map<String, Object>) app.get("build")).get("dockerfile"));
        assertTrue(Files.exists(Path.of("Dockerfile")));
        assertEquals(List.of("8080:8080"), app.get("ports"));
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertEquals("service_healthy", dependsOn.get("db").get("condition"));
        assertEquals("service_completed_successfully", dependsOn.get("ollama-pull").get("condition"));
        assertTrue(app.get("healthcheck").toString().contains("/health"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_service_gets_every_setting_it_reads_and_no_secret_is_written_in() {
        Map<String, Object> env = (Map<String, Object>) service("socratic").get("environment");
        for (String key : List.of("SOCRATIC_DB_URL", "SOCRATIC_DB_USER", "SOCRATIC_DB_PASSWORD", "SOCRATIC_OLLAMA_URL",
                "SOCRATIC_PORT", "SOCRATIC_JWT_SECRET", "OPENAI_API_KEY")) {
            assertTrue(env.containsKey(key), "missing " + key);
        }
        assertEquals("jdbc:postgresql://db:5432/socratic", env.get("SOCRATIC_DB_URL"));
        assertEquals("http://ollama:11434", env.get("SOCRATIC_OLLAMA_URL"));
        for (String secret : List.of("SOCRATIC_DB_PASSWORD", "SOCRATIC_JWT_SECRET", "OPENAI_API_KEY")) {
            assertTrue(env.get(secret).toString().startsWith("${"), secret + " must come from the environment");
        }
        Map<String, Object> dbEnv = (Map<String, Object>) service("db").get("environment");
        assertEquals(dbEnv.get("POSTGRES_PASSWORD"), env.get("SOCRATIC_DB_PASSWORD"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_named_volume_is_declared() {
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        for (Object service : services.values()) {
            Object mounts = ((Map<String, Object>) service).get("volumes");
            if (mounts == null) continue;
            for (Object mount : (List<Object>) mounts) {
                String name = mount.toString().split(":")[0];
                assertTrue(volumes.containsKey(name), "volume " + name + " is not declared");
            }
        }
    }
}
