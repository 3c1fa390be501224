package org.socratic.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.socratic.llm.ChatModels;
import org.socratic.llm.ModelSpec;
import org.socratic.llm.ProviderEndpoints;

/**
 * Scripted models in place of the providers, for tests that set {@code scripted-models: true}: each call takes the
 * next scripted reply (a text, or a failure), and every request is kept for assertions. Streaming replies come
 * word by word, as a real model's do.
 */
@Singleton
@Replaces(ChatModels.class)
@Requires(property = "scripted-models", value = "true")
public class ScriptedModels extends ChatModels {
    /** A reply that makes the call fail, as a provider that is down does. */
    public static final String FAIL = "\u0000fail";
    private final ConcurrentLinkedDeque<String> script = new ConcurrentLinkedDeque<>();
    private final List<ChatRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    private final long latencyMs;

    public ScriptedModels(ProviderEndpoints endpoints,
                          @io.micronaut.context.annotation.Value("${scripted-models.latency-ms:0}") long latencyMs) {
        super(endpoints);
        this.latencyMs = latencyMs;
    }

    public void script(String... replies) {
        script.clear();
        script.addAll(List.of(replies));
    }

    public List<ChatRequest> requests() { return requests; }

    private String next() {
        String reply = script.poll();
        return reply == null ? "What do you notice about the numbers in the problem?" : reply;
    }

    @Override
    public ChatModel chatModel(ModelSpec spec) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                requests.add(request);
                String reply = next();
                if (reply.equals(FAIL)) throw new dev.langchain4j.exception.InternalServerException("scripted failure");
                return ChatResponse.builder().aiMessage(AiMessage.from(reply)).tokenUsage(new TokenUsage(10, 5)).build();
            }
        };
    }

    @Override
    public StreamingChatModel streamingChatModel(ModelSpec spec) {
        return new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                requests.add(request);
                String reply = next();
                if (latencyMs > 0) {
                    // As a real client does: return at once, answer later from another thread.
                    Thread.ofVirtual().start(() -> {
                        try {
                            Thread.sleep(latencyMs);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        answer(reply, handler);
                    });
                    return;
                }
                answer(reply, handler);
            }

            private void answer(String reply, StreamingChatResponseHandler handler) {
                if (reply.equals(FAIL)) {
                    handler.onError(new dev.langchain4j.exception.InternalServerException("scripted failure"));
                    return;
                }
                for (String word : reply.split("(?<= )")) handler.onPartialResponse(word);
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(reply))
                        .tokenUsage(new TokenUsage(20, reply.split(" ").length)).build());
            }
        };
    }
}
