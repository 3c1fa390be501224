package org.socratic.orchestrator;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code tutoring_sessions}. */
public record TutoringSession(UUID id, long studentId, SessionState state, String skillId, SessionData data,
                              Instant updatedAt) {
    TutoringSession with(SessionState newState, String newSkill, SessionData newData) {
        return new TutoringSession(id, studentId, newState, newSkill, newData, Instant.now());
    }

    TutoringSession with(SessionData newData) {
        return with(state, skillId, newData);
    }
}
