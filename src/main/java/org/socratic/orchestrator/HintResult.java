package org.socratic.orchestrator;

import io.micronaut.serde.annotation.Serdeable;

/** One rung of the item's authored hint ladder; the last rung is the worked solution. */
@Serdeable
public record HintResult(int rung, int rungs, String text, boolean workedSolution) {}
