package org.socratic.guardrail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/**
 * What the adults do with a safety alert: see it, acknowledge it, resolve it with a note of what was done. The
 * people who may act are those who see it ({@link AlertAccess}). Every step is stored in the append-only
 * {@code safety_alert_actions} and appended to the event log in the same transaction, as
 * {@code guardrail.alert.acknowledged} or {@code guardrail.alert.resolved}.
 */
@Singleton
public class AlertHandling {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SafetyAlerts alerts;
    private final SafetyAlertActions actions;
    private final EventLog events;

    AlertHandling(SafetyAlerts alerts, SafetyAlertActions actions, EventLog events) {
        this.alerts = alerts;
        this.actions = actions;
        this.events = events;
    }

    /** The alerts the viewer sees, newest first, in {@code status} unless null; 403 for students and evaluators. */
    public List<HandledAlert> list(Viewer viewer, AlertStatus status) {
        AlertAccess.toAlerts(viewer).orThrow();
        List<SafetyAlert> visible = alerts.visibleTo(viewer, status);
        Map<Long, List<AlertAction>> history = actions.historyOf(visible.stream().map(SafetyAlert::id).toList());
        return visible.stream().map(a -> new HandledAlert(a, history.get(a.id()))).toList();
    }

    /** One alert with its history; 404 when the viewer may not see it, 403 for students and evaluators. */
    public HandledAlert find(Viewer viewer, long alertId) {
        return handled(require(viewer, alertId));
    }

    /**
     * Acknowledges the alert. Idempotent: when it is already acknowledged (or resolved) nothing is written and the
     * first acknowledgement stands.
     */
    @Transactional
    public HandledAlert acknowledge(Viewer viewer, long alertId) {
        SafetyAlert alert = require(viewer, alertId);
        actions.record(alertId, AlertAction.Kind.ACKNOWLEDGE, viewer, null).ifPresent(step -> appendEvent(alert, step));
        return handled(alerts.find(alertId).orElseThrow());
    }

    /**
     * Resolves the alert with a note of what was done: 400 without a valid note, 409 when it is resolved already.
     * An alert nobody had acknowledged is acknowledged by the resolver in the same step.
     */
    @Transactional
    public HandledAlert resolve(Viewer viewer, long alertId, String note) {
        SafetyAlert alert = require(viewer, alertId);
        AlertNote valid;
        try {
            valid = new AlertNote(note);
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        actions.record(alertId, AlertAction.Kind.ACKNOWLEDGE, viewer, null).ifPresent(step -> appendEvent(alert, step));
        AlertAction resolved = actions.record(alertId, AlertAction.Kind.RESOLVE, viewer, valid).orElseThrow(() -> {
            AlertAction first = handled(alert).resolved().orElseThrow();
            return new HttpStatusException(HttpStatus.CONFLICT, "safety alert " + alertId + " was resolved already, by "
                    + first.actorUsername() + " at " + first.actedAt());
        });
        appendEvent(alert, resolved);
        return handled(alerts.find(alertId).orElseThrow());
    }

    private SafetyAlert require(Viewer viewer, long alertId) {
        var alert = alerts.find(alertId);
        boolean concerned = viewer.role() == Role.TEACHER && alert.isPresent()
                && alerts.concernsTeacher(alertId, viewer.userId());
        AlertAccess.toAlert(viewer, alert.isPresent(), concerned).orThrow();
        return alert.orElseThrow();
    }

    private HandledAlert handled(SafetyAlert alert) {
        return new HandledAlert(alert, actions.historyOf(List.of(alert.id())).get(alert.id()));
    }

    /** The note itself stays in safety_alert_actions; the event says who did what, as guardrail.alert has no excerpt. */
    private void appendEvent(SafetyAlert alert, AlertAction step) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alertId", alert.id());
        payload.put("actionId", step.id());
        payload.put("actor", step.actorUsername());
        try {
            events.append(new NewEvent(step.kind().eventType(), alert.studentId(), step.actorId(), alert.sessionId(),
                    "safety-alert-" + alert.id() + "-" + step.kind().id(), JSON.writeValueAsString(payload)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
