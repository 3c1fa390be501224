package org.socratic.cli;

import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socratic.identity.TokenSecret;
import picocli.CommandLine.Command;

/** Starts the HTTP server; it runs until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the tutoring service (port from SOCRATIC_PORT, default 8080).")
final class ServeCommand implements Callable<Integer> {
    /** Returned when the server is up, so that {@link Main} leaves the process running. */
    static final int STILL_SERVING = Integer.MIN_VALUE;

    @Override
    public Integer call() {
        Micronaut.build(new String[0])
                .mainClass(Main.class)
                .banner(false)
                .propertySources(PropertySource.of("socratic-token-secret",
                        TokenSecret.asProperties(System.getenv(), CommandContext.home())))
                .start();
        return STILL_SERVING;
    }
}
