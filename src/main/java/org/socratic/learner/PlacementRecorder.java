package org.socratic.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;

/**
 * Writes a finished placement: a {@code placement} event with the answers and the resulting priors, and each
 * skill's starting state, in one transaction. Skills the student already has evidence on are left alone.
 */
@Singleton
public class PlacementRecorder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventLog events;
    private final MasteryStore mastery;

    PlacementRecorder(EventLog events, MasteryStore mastery) {
        this.events = events;
        this.mastery = mastery;
    }

    @Transactional
    public void record(long studentId, UUID sessionId, PlacementDiagnostic.Placement placement) {
        ObjectNode payload = JSON.createObjectNode();
        var steps = payload.putArray("steps");
        placement.steps().forEach(s -> steps.addObject().put("skillId", s.skillId()).put("correct", s.correct()));
        ObjectNode priors = payload.putObject("priors");
        placement.beliefs().forEach(priors::put);
        events.append(new NewEvent("placement", studentId, studentId, sessionId, "placement:" + sessionId,
                payload.toString()));
        Map<String, MasteryState> existing = mastery.forStudent(studentId);
        placement.beliefs().forEach((skill, prior) -> {
            MasteryState current = existing.get(skill);
            if (current == null || current.evidence().answers() == 0) {
                mastery.save(studentId, MasteryState.initial(skill, prior));
            }
        });
    }
}
