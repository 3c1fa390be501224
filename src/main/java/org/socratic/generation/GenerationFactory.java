package org.socratic.generation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.socratic.agent.AgentCatalog;
import org.socratic.agent.PromptLibrary;

/** The curriculum agent's configuration and prompt, as item generation uses them. */
@Factory
class GenerationFactory {
    @Singleton
    CurriculumAgentConfig curriculumAgent(AgentCatalog agents, PromptLibrary prompts) {
        return new CurriculumAgentConfig(agents.get(CurriculumAgentConfig.NAME),
                prompts.systemPrompt(CurriculumAgentConfig.NAME));
    }
}
