package org.socratic.content;

/** The outcome of reading something a student typed: the value, or a message saying what could not be read. */
sealed interface Parsed<T> {
    record Ok<T>(T value) implements Parsed<T> {}

    record Problem<T>(String message) implements Parsed<T> {}

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> problem(String message) {
        return new Problem<>(message);
    }
}
