package org.socratic.content;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socratic.llm.Vectors;

/**
 * Embeds content and queries in-process with the application's embedding model (BGE small, 384 dimensions).
 * Queries get BGE's retrieval instruction in front, as its authors recommend for short queries against passages.
 *
 * <p>A tutor's query is a short message about a longer item. The cost of an embedding grows with its length, and an
 * item's topic stays the same for many messages, so its vector is computed once and kept under a key the caller
 * chooses (the most recent {@value #CACHED_ITEMS}), and each turn embeds only the message.
 */
@Singleton
public class ContentEmbedder {
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final int BATCH = 32;
    static final int CACHED_ITEMS = 4096;
    private final Provider<EmbeddingModel> model;
    private final Map<String, float[]> topicVectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_ITEMS;
        }
    };

    public ContentEmbedder(Provider<EmbeddingModel> model) {
        this.model = model;
    }

    public float[] query(String text) {
        return model.get().embed(QUERY_INSTRUCTION + text).content().vector();
    }

    /**
     * The query for a message about an item: the unit mean of the message's query vector and the vector kept for
     * the item's topic, so that both count equally however long the item is.
     */
    public float[] query(String message, String topicKey, String itemText) {
        float[] item = topicVector(topicKey, itemText);
        float[] said = Vectors.unit(query(message));
        float[] sum = new float[said.length];
        for (int i = 0; i < sum.length; i++) sum[i] = said[i] + item[i];
        return Vectors.unit(sum);
    }

    /** The unit query vector kept under the key, made from this item's text the first time the key is asked for. */
    public float[] topicVector(String topicKey, String itemText) {
        float[] item;
        synchronized (topicVectors) {
            item = topicVectors.get(topicKey);
        }
        if (item == null) {
            item = Vectors.unit(query(itemText));
            synchronized (topicVectors) {
                topicVectors.put(topicKey, item);
            }
        }
        return item;
    }

    public List<float[]> passages(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            for (Embedding e : model.get().embedAll(batch).content()) out.add(e.vector());
        }
        return out;
    }
}
