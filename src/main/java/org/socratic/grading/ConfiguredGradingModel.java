package org.socratic.grading;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import org.socratic.agent.AgentCatalog;
import org.socratic.llm.ChatModels;

/** The chat model {@code agents/grading.yml} names, built on first use. */
@Singleton
class ConfiguredGradingModel implements GradingModel {
    private final ChatModels models;
    private final AgentCatalog agents;
    private volatile ChatModel model;

    ConfiguredGradingModel(ChatModels models, AgentCatalog agents) {
        this.models = models;
        this.agents = agents;
    }

    @Override
    public ChatModel chatModel() {
        ChatModel built = model;
        if (built == null) {
            built = models.chatModel(agents.get(GradingAgent.AGENT).model());
            model = built;
        }
        return built;
    }
}
