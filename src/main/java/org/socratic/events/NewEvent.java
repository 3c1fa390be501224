package org.socratic.events;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to append. {@code payloadJson} is a JSON object; {@code idempotencyKey}, when given, makes a retried
 * append return the first event instead of writing a second.
 */
public record NewEvent(String type, @Nullable Long studentId, @Nullable Long actorId, @Nullable UUID sessionId,
                       @Nullable String idempotencyKey, String payloadJson) {
    public NewEvent {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[a-z][a-z0-9_.]{0,63}")) throw new IllegalArgumentException("bad event type: " + type);
        payloadJson = payloadJson == null || payloadJson.isBlank() ? "{}" : payloadJson;
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 200 characters");
        }
    }

    public static NewEvent of(String type, @Nullable Long studentId, @Nullable Long actorId, String payloadJson) {
        return new NewEvent(type, studentId, actorId, null, null, payloadJson);
    }
}
