package org.socratic.grading;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Where the grading agent's chat model comes from: built from {@code agents/grading.yml} in the service, a scripted
 * model in tests. Building may fail (an OpenAI agent without a key): the agent then treats the model as unavailable.
 */
interface GradingModel {
    ChatModel chatModel();
}
