package org.socratic.grading;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A chat model that answers from a script, one reply per call, and keeps every request it was sent. A reply is a
 * function of the request, so it can quote the student's words back or throw to play a failing provider.
 */
final class ScriptedChatModel implements ChatModel {
    private final Deque<Function<ChatRequest, String>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    synchronized ScriptedChatModel reply(String text) {
        script.add(request -> text);
        return this;
    }

    synchronized ScriptedChatModel reply(Function<ChatRequest, String> reply) {
        script.add(reply);
        return this;
    }

    synchronized ScriptedChatModel fail(RuntimeException e) {
        script.add(request -> { throw e; });
        return this;
    }

    synchronized void reset() {
        script.clear();
        requests.clear();
    }

    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, String> next = script.poll();
        if (next == null) throw new IllegalStateException("the script has no reply left");
        return ChatResponse.builder().aiMessage(AiMessage.from(next.apply(request)))
                .tokenUsage(new TokenUsage(120, 40)).build();
    }
}
