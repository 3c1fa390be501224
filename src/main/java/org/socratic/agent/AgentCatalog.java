package org.socratic.agent;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.socratic.config.ConfigException;
import org.socratic.llm.Provider;

/**
 * Every agent's specification, loaded from {@code agents/} when the application starts ({@link Context}: a file
 * with a mistake stops the start with a message naming the file and the key). Each agent's prompt version must
 * exist as {@code prompts/<agent>/system.<version>.md}.
 */
@Context
public class AgentCatalog {
    /** The agents the orchestrator relies on; each must have a file. */
    static final Set<String> REQUIRED = Set.of("tutor", "grading", "diagnostic", "curriculum");
    private final Map<String, AgentSpec> specs;

    @jakarta.inject.Inject
    AgentCatalog(@Value("${socratic.home}") String home) {
        this(Path.of(home));
    }

    AgentCatalog(Path home) {
        this.specs = load(home.toAbsolutePath().normalize());
    }

    static Map<String, AgentSpec> load(Path home) {
        Path dir = home.resolve("agents");
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir, 0, null, "the agents folder is missing (is SOCRATIC_HOME the project folder?)");
        }
        Map<String, AgentSpec> specs = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                AgentSpec spec = AgentSpecFile.read(file);
                Path prompt = home.resolve("prompts").resolve(spec.name()).resolve("system." + spec.promptVersion() + ".md");
                if (!Files.isRegularFile(prompt)) {
                    throw new ConfigException(file, 0, "prompt_version",
                            "prompt version " + spec.promptVersion() + " has no file " + home.relativize(prompt));
                }
                specs.put(spec.name(), spec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : REQUIRED) {
            if (!specs.containsKey(name)) {
                throw new ConfigException(dir.resolve(name + ".yml"), 0, null, "missing: every deployment needs the "
                        + name + " agent's file");
            }
        }
        return specs;
    }

    public AgentSpec get(String name) {
        AgentSpec spec = specs.get(name);
        if (spec == null) throw new IllegalArgumentException("no agent named " + name);
        return spec;
    }

    public Collection<AgentSpec> all() { return specs.values(); }

    /** The models configured for a provider, for the startup and health checks. */
    public Set<String> modelsFor(Provider provider) {
        Set<String> models = new TreeSet<>();
        for (AgentSpec spec : specs.values()) {
            if (spec.model().provider() == provider) models.add(spec.model().model());
        }
        return models;
    }
}
