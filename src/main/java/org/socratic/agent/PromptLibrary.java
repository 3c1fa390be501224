package org.socratic.agent;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The system prompt of each agent at the version its spec names, loaded and checked at start-up. The variables an
 * agent supplies are fixed here, next to the code that fills them.
 */
@Context
public class PromptLibrary {
    static final Map<String, Set<String>> VARIABLES = Map.of(
            "tutor", Set.of("grade", "problem", "terms", "mastery", "misconception", "retrieved"),
            "grading", Set.of("grade", "problem", "answer", "rubric", "references"),
            "diagnostic", Set.of("grade", "results", "estimates"),
            "curriculum", Set.of("grade", "skill", "skill_description", "misconception", "seed"));
    private final Map<String, PromptTemplate> systemPrompts = new HashMap<>();

    @jakarta.inject.Inject
    PromptLibrary(AgentCatalog agents, @Value("${socratic.home}") String home) {
        this(agents, Path.of(home));
    }

    PromptLibrary(AgentCatalog agents, Path home) {
        for (AgentSpec spec : agents.all()) {
            Set<String> allowed = VARIABLES.getOrDefault(spec.name(), Set.of());
            Path file = home.toAbsolutePath().normalize().resolve("prompts").resolve(spec.name())
                    .resolve("system." + spec.promptVersion() + ".md");
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                systemPrompts.put(spec.name(), PromptTemplate.parse(spec.name(), spec.promptVersion(), file, text, allowed));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    public PromptTemplate systemPrompt(String agent) {
        PromptTemplate template = systemPrompts.get(agent);
        if (template == null) throw new IllegalArgumentException("no prompt for agent " + agent);
        return template;
    }
}
