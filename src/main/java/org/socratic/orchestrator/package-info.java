/**
 * The orchestrator: a tutoring session as a state machine (placement, practice, review) driven by plain code, and
 * the path of a turn: input guardrail, route, agent, output guardrail, persist, stream.
 */
package org.socratic.orchestrator;
