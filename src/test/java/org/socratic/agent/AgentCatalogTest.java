package org.socratic.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socratic.config.ConfigException;
import org.socratic.llm.Provider;

class AgentCatalogTest {
    @TempDir Path home;

    static String valid(String name) {
        return """
                agent: %s
                provider: ollama
                model: llama3.1:8b
                temperature: 0.4
                max_tokens: 400
                timeout_seconds: 20
                retries: 1
                prompt_version: v1
                fallback: rules
                """.formatted(name);
    }

    @BeforeEach
    void writeValidAgents() throws IOException {
        Files.createDirectories(home.resolve("agents"));
        for (String name : AgentCatalog.REQUIRED) {
            Files.writeString(home.resolve("agents/" + name + ".yml"), valid(name));
            Files.createDirectories(home.resolve("prompts/" + name));
            Files.writeString(home.resolve("prompts/" + name + "/system.v1.md"), "You are the " + name + ".");
        }
    }

    @Test
    void the_projects_own_agent_files_load() {
        AgentCatalog catalog = new AgentCatalog(Path.of("."));
        assertEquals(Provider.OLLAMA, catalog.get("tutor").model().provider());
        assertEquals(Fallback.AUTHORED_HINTS, catalog.get("tutor").fallback());
        assertEquals(Fallback.TEACHER_QUEUE, catalog.get("grading").fallback());
    }

    @Test
    void valid_files_load_with_their_values() {
        AgentCatalog catalog = new AgentCatalog(home);
        assertEquals(4, catalog.all().size());
        assertEquals(20, catalog.get("tutor").timeout().toSeconds());
        assertTrue(catalog.modelsFor(Provider.OLLAMA).contains("llama3.1:8b"));
        assertTrue(catalog.modelsFor(Provider.OPENAI).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1} -> line {2}, key {3}")
    @CsvSource(delimiter = '|', value = {
            "provider: ollama|provider: anthropic|2|provider|unknown provider 'anthropic'",
            "temperature: 0.4|temperature: hot|4|temperature|expected a number",
            "temperature: 0.4|temprature: 0.4|4|temprature|unknown key 'temprature'",
            "max_tokens: 400|max_tokens: 0|5|max_tokens|must be between 16 and 32000",
            "prompt_version: v1|prompt_version: latest|8|prompt_version|must look like v1",
            "fallback: rules|fallback: pray|9|fallback|unknown fallback 'pray'",
    })
    void a_mistake_names_the_file_the_line_and_the_key(String from, String to, int line, String key, String problem)
            throws IOException {
        Path file = home.resolve("agents/tutor.yml");
        Files.writeString(file, valid("tutor").replace(from, to.replace("\\n", "\n")));
        ConfigException e = assertThrows(ConfigException.class, () -> new AgentCatalog(home));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key, e.key());
    }

    @Test
    void a_key_given_twice_is_an_error_naming_its_line() throws IOException {
        Files.writeString(home.resolve("agents/tutor.yml"), valid("tutor") + "retries: 2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new AgentCatalog(home));
        assertTrue(e.getMessage().contains("tutor.yml:10"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
    }

    @Test
    void a_prompt_version_without_its_file_is_an_error_naming_both() throws IOException {
        Files.writeString(home.resolve("agents/tutor.yml"), valid("tutor").replace("prompt_version: v1", "prompt_version: v7"));
        ConfigException e = assertThrows(ConfigException.class, () -> new AgentCatalog(home));
        assertTrue(e.getMessage().contains("tutor.yml"), e.getMessage());
        assertTrue(e.getMessage().contains("prompts/tutor/system.v7.md"), e.getMessage());
    }

    @Test
    void a_missing_required_agent_is_an_error() throws IOException {
        Files.delete(home.resolve("agents/grading.yml"));
        ConfigException e = assertThrows(ConfigException.class, () -> new AgentCatalog(home));
        assertTrue(e.getMessage().contains("grading.yml"), e.getMessage());
    }

    @Test
    void a_config_file_with_an_error_stops_the_application_start_with_file_and_key() throws IOException {
        Files.writeString(home.resolve("agents/tutor.yml"), valid("tutor").replace("provider: ollama", "provider: skynet"));
        Exception e = assertThrows(Exception.class, () -> ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("socratic.home", home.toString(), "flyway.datasources.default.enabled", false))
                .start());
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConfigException)) cause = cause.getCause();
        assertTrue(cause instanceof ConfigException, "the start failed because of the config file: " + e);
        assertTrue(cause.getMessage().contains("tutor.yml:2 (provider)"), cause.getMessage());
    }
}
