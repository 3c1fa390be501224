package org.socratic.content;

/**
 * A known mistake and the wrong answer it produces on one item, so that a matching response can be named.
 *
 * @param id          stable id within the family, such as {@code inverted-rate}
 * @param description what the student probably did, in words a teacher can use
 * @param wrongAnswer the answer the mistake leads to on this item
 */
public record Misconception(String id, String description, Answer wrongAnswer) {}
