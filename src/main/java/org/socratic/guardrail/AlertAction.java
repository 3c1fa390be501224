package org.socratic.guardrail;

import java.time.Instant;

/** One step in handling an alert, as {@code safety_alert_actions} keeps it; {@code note} is null for an acknowledgement. */
public record AlertAction(long id, long alertId, Kind kind, long actorId, String actorUsername, String note,
        Instant actedAt) {
    public enum Kind {
        ACKNOWLEDGE("acknowledge", "guardrail.alert.acknowledged"),
        RESOLVE("resolve", "guardrail.alert.resolved");

        private final String id;
        private final String eventType;

        Kind(String id, String eventType) {
            this.id = id;
            this.eventType = eventType;
        }

        /** As stored in {@code safety_alert_actions.action}. */
        public String id() {
            return id;
        }

        /** The event appended when this step is taken. */
        public String eventType() {
            return eventType;
        }

        static Kind of(String id) {
            for (Kind k : values()) if (k.id.equals(id)) return k;
            throw new IllegalStateException("unknown alert action: " + id);
        }
    }
}
