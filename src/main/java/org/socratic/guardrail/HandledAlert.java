package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;

/** An alert with the history of its handling, oldest step first. */
public record HandledAlert(SafetyAlert alert, List<AlertAction> history) {
    public HandledAlert {
        history = List.copyOf(history);
    }

    public AlertStatus status() {
        return AlertStatus.parse(alert.status());
    }

    /** Who first took the alert up, and when (an alert resolved straight away is acknowledged by its resolver). */
    public Optional<AlertAction> acknowledged() {
        return step(AlertAction.Kind.ACKNOWLEDGE);
    }

    public Optional<AlertAction> resolved() {
        return step(AlertAction.Kind.RESOLVE);
    }

    private Optional<AlertAction> step(AlertAction.Kind kind) {
        return history.stream().filter(a -> a.kind() == kind).findFirst();
    }
}
