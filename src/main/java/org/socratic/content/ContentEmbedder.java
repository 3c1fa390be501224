package org.socratic.content;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds content and queries in-process with the application's embedding model (BGE small, 384 dimensions).
 * Queries get BGE's retrieval instruction in front, as its authors recommend for short queries against passages.
 */
@Singleton
public class ContentEmbedder {
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final int BATCH = 32;
    private final Provider<EmbeddingModel> model;

    public ContentEmbedder(Provider<EmbeddingModel> model) {
        this.model = model;
    }

    public float[] query(String text) {
        return model.get().embed(QUERY_INSTRUCTION + text).content().vector();
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
