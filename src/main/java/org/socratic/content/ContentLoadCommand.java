package org.socratic.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socratic.curriculum.ContentDirectory;
import org.socratic.cli.CommandContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code socratic content load}: upsert the curriculum and embed its content into the database. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Check the content, upsert skills and prerequisite edges, and embed every item, hint and",
                "explanation into pgvector (in-process BGE small). Unchanged chunks are not embedded again."})
final class ContentLoadCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--content-dir", description = "Content folder (default: $SOCRATIC_HOME/content or ./content).")
    Path contentDir;

    @Option(names = "--json", description = "Print the summary as one JSON object on the last line.")
    boolean json;

    ContentLoadCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ContentLoader.LoadReport r = context.bean(ContentLoader.class).load(ContentDirectory.resolve(contentDir));
        System.out.printf("loaded %d skills, %d edges, %d chunks (%d embedded, %d unchanged, %d stale removed) in %d ms%n",
                r.skills(), r.edges(), r.chunks(), r.embedded(), r.unchanged(), r.removed(), r.millis());
        if (json) System.out.println(new ObjectMapper().writeValueAsString(r));
        return 0;
    }
}
