package org.socratic.content;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socratic.curriculum.SkillGraph;

/**
 * At start-up, writes the skill graph read from {@code content/} into the database (55 rows, an upsert), so sessions,
 * mastery and audits always refer to the curriculum the service runs with. Embedding the content for retrieval is
 * heavier and stays with {@code ./socratic content load}.
 */
@Singleton
class CurriculumSync {
    private static final Logger LOG = LoggerFactory.getLogger(CurriculumSync.class);
    private final SkillGraph graph;
    private final ContentStore store;
    private final String subject;

    CurriculumSync(SkillGraph graph, ContentStore store, @Value("${socratic.home}") String home) {
        this.graph = graph;
        this.store = store;
        this.subject = ContentLoader.subjectOf(Path.of(home).toAbsolutePath().normalize().resolve("content"));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            int edges = store.upsertGraph(graph, subject);
            LOG.debug("curriculum in the database: {} skills, {} prerequisite edges", graph.size(), edges);
        } catch (RuntimeException e) {
            // The service still starts, so /health can say what is wrong; sessions need the database anyway.
            LOG.error("could not write the curriculum to the database: {}", e.getMessage());
        }
    }
}
