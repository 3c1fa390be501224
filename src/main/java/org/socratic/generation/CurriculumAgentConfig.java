package org.socratic.generation;

import java.util.Objects;
import org.socratic.agent.AgentSpec;
import org.socratic.agent.PromptTemplate;

/** The curriculum agent's configuration ({@code agents/curriculum.yml}) and its system prompt at that version. */
record CurriculumAgentConfig(AgentSpec spec, PromptTemplate prompt) {
    static final String NAME = "curriculum";

    CurriculumAgentConfig {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(prompt);
    }
}
