package org.socratic.grading;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Computes the independent signal with the in-process embedding model: no network, so it is there when the grading
 * model is not. Reference embeddings are computed once per prompt. A failure gives {@link Similarity#UNKNOWN}
 * (the grade is then queued), never an exception.
 */
final class ReferenceSignal {
    private final Supplier<EmbeddingModel> model;
    private final Map<String, List<float[]>> references = new ConcurrentHashMap<>();

    ReferenceSignal(Supplier<EmbeddingModel> model) {
        this.model = model;
    }

    Similarity similarity(OpenPrompt prompt, String explanation) {
        try {
            List<float[]> refs = references.computeIfAbsent(prompt.id(), id -> embed(prompt.references()));
            float[] answer = model.get().embed(explanation).content().vector();
            return Similarity.nearest(answer, refs);
        } catch (RuntimeException e) {
            return Similarity.UNKNOWN;
        }
    }

    private List<float[]> embed(List<String> texts) {
        return model.get().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }
}
