package org.socratic.content;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

/**
 * {@code content load}: reads and checks the content files, upserts the skills and edges, and embeds every chunk
 * whose text is new or changed. Loading twice writes nothing new; chunks whose family or hint was removed go.
 */
@Singleton
public class ContentLoader {
    private final ContentStore store;
    private final ContentEmbedder embedder;

    public ContentLoader(ContentStore store, ContentEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** What a load did. */
    public record LoadReport(int skills, int edges, int chunks, int embedded, int unchanged, int removed,
            long millis) {}

    /** The subject {@code skills.yml} declares (math by default). */
    static String subjectOf(Path contentDir) {
        return org.socratic.config.YamlNode.load(contentDir.resolve("skills.yml")).string("subject", "math");
    }

    public LoadReport load(Path contentDir) {
        long start = System.nanoTime();
        String subject = subjectOf(contentDir);
        SkillGraph graph = SkillGraph.load(contentDir);
        ContentBank bank = ContentBank.load(contentDir, graph);
        int edges = store.upsertGraph(graph, subject);
        List<ContentChunk> chunks = ContentChunks.of(graph, bank);
        List<String> skillIds = graph.skills().stream().map(Skill::id).toList();
        Map<String, String> stored = store.bodiesOf(skillIds);
        List<ContentChunk> changed = new ArrayList<>();
        for (ContentChunk chunk : chunks) {
            if (!chunk.body().equals(stored.get(chunk.key()))) changed.add(chunk);
        }
        List<float[]> vectors = embedder.passages(changed.stream().map(ContentChunk::body).toList());
        store.upsertChunks(changed, vectors);
        int removed = store.deleteStale(skillIds, chunks.stream().map(ContentChunk::key).toList());
        return new LoadReport(graph.size(), edges, chunks.size(), changed.size(), chunks.size() - changed.size(),
                removed, (System.nanoTime() - start) / 1_000_000);
    }
}
