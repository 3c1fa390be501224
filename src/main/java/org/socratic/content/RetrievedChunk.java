package org.socratic.content;

/** A stored piece of content returned by retrieval, with its cosine similarity to the query (1 = same direction). */
public record RetrievedChunk(long id, String key, String skillId, String kind, String familyId, String body,
        double similarity) {}
