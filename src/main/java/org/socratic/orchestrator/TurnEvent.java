package org.socratic.orchestrator;

/** What a message turn streams to the student: checked text as it passes, then one summary. */
public sealed interface TurnEvent {
    /** A piece of text that has passed the output guardrail. */
    record Token(String text) implements TurnEvent {}

    /** The end of the turn, as JSON: messageId, traceId, the guardrail actions taken, whether a fallback answered. */
    record Done(String json) implements TurnEvent {}
}
