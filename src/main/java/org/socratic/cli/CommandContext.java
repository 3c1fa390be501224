package org.socratic.cli;

import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the subcommands and, only for those that ask for it, the application context with its database and
 * models. A command that needs services declares a constructor taking this class and calls {@link #bean} when it
 * runs; tools that work on files alone ({@code content validate}, {@code bkt fit --train}) never touch the database.
 */
public final class CommandContext implements CommandLine.IFactory, AutoCloseable {
    private final CommandLine.IFactory plain = CommandLine.defaultFactory();
    private ApplicationContext applicationContext;

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == CommandContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(this));
            }
        }
        return plain.create(type);
    }

    /** A service of the application; the first call starts the context (database migrations included). */
    public synchronized <T> T bean(Class<T> type) {
        if (applicationContext == null) {
            applicationContext = ApplicationContext.builder()
                    .environments("cli")
                    .propertySources(io.micronaut.context.env.PropertySource.of("socratic-token-secret",
                            org.socratic.identity.TokenSecret.asProperties(System.getenv(), home())))
                    .start();
        }
        return applicationContext.getBean(type);
    }

    /** Where the top-level folders ({@code agents/}, {@code content/} ...) are: {@code SOCRATIC_HOME}, else here. */
    public static java.nio.file.Path home() {
        String home = System.getenv("SOCRATIC_HOME");
        return java.nio.file.Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    @Override
    public synchronized void close() {
        if (applicationContext != null && applicationContext.isRunning()) applicationContext.close();
    }
}
