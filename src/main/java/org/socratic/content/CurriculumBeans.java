package org.socratic.content;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.nio.file.Path;
import org.socratic.curriculum.SkillGraph;

/**
 * The skill graph and the item bank the service tutors from, read from {@code content/} once at start-up; a mistake
 * in either stops the start with the file, line and key.
 */
@Factory
class CurriculumBeans {
    @Context
    SkillGraph skillGraph(@Value("${socratic.home}") String home) {
        return SkillGraph.load(contentDir(home));
    }

    @Context
    ContentBank contentBank(SkillGraph graph, @Value("${socratic.home}") String home) {
        return ContentBank.load(contentDir(home), graph);
    }

    private static Path contentDir(String home) {
        return Path.of(home).toAbsolutePath().normalize().resolve("content");
    }
}
