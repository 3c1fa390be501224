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
            applicationContext = ApplicationContext.builder().environments("cli").start();
        }
        return applicationContext.getBean(type);
    }

    @Override
    public synchronized void close() {
        if (applicationContext != null && applicationContext.isRunning()) applicationContext.close();
    }
}
