package org.socratic.content;

import java.util.Objects;

/**
 * One piece of content as stored for retrieval.
 *
 * @param key        stable across reloads ({@code rp.unit-rate/speed:hint:2}), so loading again is an upsert
 * @param kind       skill, item, hint, solution, explanation or misconception
 * @param familyId   the family it comes from, or null for a skill's own description
 * @param difficulty the family's difficulty, or null
 */
public record ContentChunk(String key, String skillId, String kind, String familyId, int grade, Integer difficulty,
        String body) {
    public ContentChunk {
        Objects.requireNonNull(key);
        Objects.requireNonNull(skillId);
        Objects.requireNonNull(kind);
        if (body == null || body.isBlank()) throw new IllegalArgumentException("chunk " + key + " has no text");
    }
}
