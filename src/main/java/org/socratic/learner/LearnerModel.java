package org.socratic.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.events.StoredEvent;

/**
 * The learner model as the service uses it: an answer or a teacher's override is appended to the event log and
 * the student's mastery row is updated in the same transaction. Parameters are the newest stored version.
 */
@Singleton
public class LearnerModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventLog events;
    private final MasteryStore mastery;
    private final BktParameterStore parameters;
    private final MasteryTracker tracker;
    private final Clock clock;

    public LearnerModel(EventLog events, MasteryStore mastery, BktParameterStore parameters) {
        this(events, mastery, parameters, new MasteryTracker(MasteryPolicy.DEFAULT, Credibility.DEFAULT),
                Clock.systemUTC());
    }

    LearnerModel(EventLog events, MasteryStore mastery, BktParameterStore parameters, MasteryTracker tracker,
            Clock clock) {
        this.events = events;
        this.mastery = mastery;
        this.parameters = parameters;
        this.tracker = tracker;
        this.clock = clock;
    }

    /** The student's state on a skill: stored, else the skill's prior with no evidence. */
    public MasteryState state(long studentId, String skillId) {
        return mastery.find(studentId, skillId)
                .orElseGet(() -> MasteryState.initial(skillId, parameters.current().parametersFor(skillId).prior()));
    }

    public Map<String, MasteryState> states(long studentId) {
        return mastery.forStudent(studentId);
    }

    /**
     * Records an attempt event and applies it. A retried call with the same idempotency key changes nothing and
     * returns the current state as both before and after.
     */
    @Transactional
    public MasteryChange recordAttempt(long studentId, Attempt attempt, boolean lowStakes, UUID sessionId,
            String idempotencyKey) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("skillId", attempt.skillId());
        payload.put("itemId", attempt.itemId());
        payload.put("correct", attempt.correct());
        if (attempt.responseTimeMillis() >= 0) payload.put("responseTimeMs", attempt.responseTimeMillis());
        payload.put("afterWorkedSolution", attempt.afterWorkedSolution());
        StoredEvent event = events.append(new NewEvent(AttemptHistory.ATTEMPT, studentId, studentId, sessionId,
                idempotencyKey, payload.toString()));
        MasteryState before = state(studentId, attempt.skillId());
        if (event.replayed()) return new MasteryChange(before, before);
        MasteryChange change = tracker.answer(before, parameters.current().parametersFor(attempt.skillId()),
                lowStakes, attempt);
        mastery.save(studentId, change.after());
        return change;
    }

    /** A teacher's override: appended as a {@value MasteryOverride#EVENT_TYPE} event, then applied. */
    @Transactional
    public MasteryChange override(long studentId, String skillId, long teacherId, boolean mastered, String reason) {
        MasteryOverride override = new MasteryOverride(mastered, teacherId, reason, clock.instant());
        String payload;
        try {
            payload = JSON.writeValueAsString(override.eventPayload(skillId));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        events.append(NewEvent.of(MasteryOverride.EVENT_TYPE, studentId, teacherId, payload));
        MasteryChange change = tracker.override(state(studentId, skillId), override);
        mastery.save(studentId, change.after());
        return change;
    }
}
