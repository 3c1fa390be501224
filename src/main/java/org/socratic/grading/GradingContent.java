package org.socratic.grading;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socratic.curriculum.SkillGraph;

/** Loads the open-response prompts when the service starts: a mistake in a file stops the start and names it. */
@Factory
class GradingContent {
    @Context
    OpenResponseBank openResponses(@Value("${socratic.home}") String home) {
        Path content = Path.of(home).toAbsolutePath().normalize().resolve("content");
        // A deployment without open-response prompts grades nothing open, and needs no skill graph for it.
        if (!Files.isDirectory(content.resolve(OpenResponseBank.FOLDER))) return OpenResponseBank.empty();
        return OpenResponseBank.load(content, SkillGraph.load(content));
    }
}
