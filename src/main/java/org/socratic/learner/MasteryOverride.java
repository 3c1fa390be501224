package org.socratic.learner;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A teacher's decision that a skill is (or is not) mastered, whatever the model says. It is recorded as an event
 * of type {@value #EVENT_TYPE}, so it is audited and mastery can be rebuilt from the event log.
 *
 * @param mastered  what the teacher decided
 * @param teacherId who decided
 * @param reason    why, in the teacher's words (required)
 * @param at        when
 */
public record MasteryOverride(boolean mastered, long teacherId, String reason, Instant at) {
    public static final String EVENT_TYPE = "mastery_override";

    public MasteryOverride {
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("an override needs a reason");
    }

    /** The event payload: {@code {"skillId","mastered","reason"}}; the teacher is the event's actor. */
    public Map<String, Object> eventPayload(String skillId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("skillId", skillId);
        payload.put("mastered", mastered);
        payload.put("reason", reason);
        return payload;
    }
}
