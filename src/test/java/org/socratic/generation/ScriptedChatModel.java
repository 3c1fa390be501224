package org.socratic.generation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A chat model that answers from a script, one entry per call, and remembers every request it was sent. */
final class ScriptedChatModel implements ChatModel {
    private final Deque<Function<ChatRequest, String>> script = new ArrayDeque<>();
    final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    ScriptedChatModel replying(String reply) {
        script.add(request -> reply);
        return this;
    }

    /** A reply written from the request, as a model would (it can repeat the seed it was given). */
    ScriptedChatModel replyingTo(Function<ChatRequest, String> reply) {
        script.add(reply);
        return this;
    }

    ScriptedChatModel failing(RuntimeException error) {
        script.add(request -> { throw error; });
        return this;
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, String> next = script.poll();
        if (next == null) throw new IllegalStateException("the script has no reply left for call " + requests.size());
        return ChatResponse.builder().aiMessage(AiMessage.from(next.apply(request))).tokenUsage(new TokenUsage(120, 80)).build();
    }
}
