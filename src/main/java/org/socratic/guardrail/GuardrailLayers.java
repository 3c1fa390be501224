package org.socratic.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socratic.cli.UserInputException;

/** Which layers a pipeline built from the command line uses, and where the {@code guardrails/} folder is. */
public enum GuardrailLayers {
    /** Lexicons, patterns and PII only: no model at all. */
    OFFLINE,
    /** Offline layers and the in-process embedding classifier (the default: no network either). */
    EMBEDDINGS,
    /** As EMBEDDINGS, plus the model layers the policy enables (Llama Guard, OpenAI moderation). */
    ALL;

    public GuardrailPipeline build(GuardrailConfig config) {
        Optional<EmbeddingModel> embeddings = this == OFFLINE ? Optional.empty()
                : Optional.of(org.socratic.llm.BgeSmallEmbeddings.load());
        List<RemoteLayer> remote = this == ALL ? remoteLayers(config.policy(), System::getenv) : List.of();
        return GuardrailPipeline.create(config, embeddings, remote);
    }

    /** The model layers that the policy enables, talking over one shared HTTP client. */
    public static List<RemoteLayer> remoteLayers(GuardrailPolicy policy, java.util.function.UnaryOperator<String> env) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        List<RemoteLayer> out = new ArrayList<>();
        GuardrailPolicy.ModelEndpoint guard = policy.models().llamaGuard();
        if (guard.enabled()) out.add(new LlamaGuardLayer(http, guard));
        GuardrailPolicy.ModelEndpoint moderation = policy.models().openAiModeration();
        if (moderation.enabled()) {
            String key = moderation.apiKeyEnv().isBlank() ? null : env.apply(moderation.apiKeyEnv());
            out.add(new OpenAiModerationLayer(http, moderation, key == null ? "" : key));
        }
        return out;
    }

    /**
     * The idioms a command line's {@code --idioms FILE} names, or else those of the default guardrails folder: what
     * the classifier reads as one word, in training as in service. A file named but missing is an error.
     */
    static Idioms idioms(Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserInputException("--idioms: no such file " + file);
        }
        return LexiconLoader.idioms(file == null ? defaultDir().resolve("idioms.yml") : file);
    }

    /** {@code $SOCRATIC_HOME/guardrails}, else {@code ./guardrails}. */
    public static Path defaultDir() {
        String home = System.getenv("SOCRATIC_HOME");
        Path dir = home == null ? Path.of("guardrails") : Path.of(home, "guardrails");
        return Files.isDirectory(dir) ? dir : Path.of("guardrails");
    }
}
