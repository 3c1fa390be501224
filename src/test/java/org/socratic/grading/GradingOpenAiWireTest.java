package org.socratic.grading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socratic.demo.DemoDistrict;
import org.socratic.identity.Users;
import org.socratic.testing.TestDatabase;

/**
 * A district that grades with OpenAI: the schema goes in {@code response_format}, and personal information in the
 * explanation is redacted before it leaves, while the stored answer keeps the student's words for the teacher.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradingOpenAiWireTest implements TestPropertyProvider {
    private static final WireMockServer OPENAI = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String EXPLANATION = "25% is one quarter, and a quarter of $40 is $10, so the jacket is $30. "
            + "My aunt checked it, you can ask her at aunt.jo@example.com if you want.";

    private static Path home;

    static {
        OPENAI.start();
    }

    @Inject GradingAgent agent;
    @Inject DemoDistrict demo;
    @Inject Users users;
    @Inject DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        home = openAiHome();
        return Map.of("socratic.home", home.toString(),
                "socratic.llm.openai.base-url", OPENAI.baseUrl() + "/v1",
                "socratic.llm.openai.api-key", "sk-test-key",
                "socratic.guardrail.embeddings", "false");
    }

    /** The project's folders, with agents/grading.yml switched to OpenAI. */
    private static Path openAiHome() {
        try {
            Path home = Files.createTempDirectory("socratic-openai-home");
            for (String folder : new String[] {"content", "prompts", "guardrails", "eval"}) {
                Files.createSymbolicLink(home.resolve(folder), Path.of(folder).toAbsolutePath());
            }
            Path agents = Files.createDirectories(home.resolve("agents"));
            try (var files = Files.list(Path.of("agents"))) {
                for (Path f : files.toList()) Files.copy(f, agents.resolve(f.getFileName()));
            }
            Path grading = agents.resolve("grading.yml");
            Files.writeString(grading, Files.readString(grading).replace("provider: ollama", "provider: openai")
                    .replace("model: llama3.1:8b", "model: gpt-4o-mini"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stop() throws IOException {
        OPENAI.stop();
        // Links and copies only: the walk does not follow the links into the project's folders.
        try (var paths = Files.walk(home)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Test
    void the_schema_goes_in_response_format_and_personal_information_never_leaves() throws Exception {
        demo.seed("demo-password");
        long student = users.findByUsername("student3").orElseThrow().id();
        String reply = Replies.grade(3, 0.9, "finds-discount", "a quarter of $40 is $10", "subtracts",
                "so the jacket is $30");
        OPENAI.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-9","object":"chat.completion","created":1795300000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":380,"completion_tokens":70,"total_tokens":450}}""".formatted(Replies.quoted(reply)))));

        GradingResult result = agent.grade(new OpenAnswer(student, null, "rp.percent/discount", EXPLANATION, "$30", null));

        assertEquals(GradeStatus.RECORDED, result.status(), result.reason());
        OPENAI.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.criteria_met.type", equalTo("array")))
                .withRequestBody(notContaining("aunt.jo@example.com"))
                .withRequestBody(containing("[EMAIL]")));
        String stored = new TestDatabase(dataSource).queryString("select answer from grades where id = " + result.gradeId());
        assertEquals(EXPLANATION, stored);
    }
}
