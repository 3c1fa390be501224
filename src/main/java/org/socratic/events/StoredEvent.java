package org.socratic.events;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** An event as the log holds it. {@code replayed} is true when an idempotency key matched an earlier append. */
public record StoredEvent(long id, Instant occurredAt, String type, @Nullable Long studentId, @Nullable Long actorId,
                          @Nullable UUID sessionId, @Nullable String idempotencyKey, String payloadJson,
                          boolean replayed) {}
