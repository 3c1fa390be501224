package org.socratic.content;

/** A family cannot produce an item: its constraints reject every draw, or an expression or template is broken. */
public final class GenerationException extends RuntimeException {
    GenerationException(Family family, String problem) {
        super(family.location() + ": " + problem);
    }
}
