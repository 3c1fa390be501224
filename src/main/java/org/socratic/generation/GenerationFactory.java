package org.socratic.generation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.socratic.agent.AgentCatalog;
import org.socratic.agent.PromptLibrary;
import org.socratic.content.ContentBank;
import org.socratic.curriculum.SkillGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The beans item generation needs. The skill graph and the content bank are loaded from
 * {@code $socratic.home/content} once, on first use, unless another feature already provides them. The bank keeps
 * every family that loads: a skill still short of families only means more of its misconceptions go to the model.
 */
@Factory
class GenerationFactory {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationFactory.class);

    @Singleton
    CurriculumAgent curriculumAgent(AgentCatalog agents, PromptLibrary prompts) {
        return new CurriculumAgent(agents.get(CurriculumAgent.NAME), prompts.systemPrompt(CurriculumAgent.NAME));
    }

    @Singleton
    @Requires(missingBeans = SkillGraph.class)
    SkillGraph skillGraph(@Value("${socratic.home}") String home) {
        return SkillGraph.load(Path.of(home, "content"));
    }

    @Singleton
    @Requires(missingBeans = ContentBank.class)
    ContentBank contentBank(@Value("${socratic.home}") String home, SkillGraph graph) {
        ContentBank.Loaded loaded = ContentBank.read(Path.of(home, "content"), graph);
        if (!loaded.errors().isEmpty()) {
            LOG.warn("content has {} problems (run ./socratic content validate); item generation uses the {} families "
                    + "that loaded. First: {}", loaded.errors().size(), loaded.bank().families().size(),
                    loaded.errors().getFirst().getMessage());
        }
        return loaded.bank();
    }
}
