package org.socratic.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;

/** The audit over attempt events as the event log stores them, in PostgreSQL. */
@MicronautTest(transactional = false)
class PrerequisiteAuditServiceTest {
    @Inject EventLog log;
    @Inject PrerequisiteAuditService service;

    @Test
    void attemptEventsInTheLogFeedTheAudit() {
        long base = 9_000_000L + System.nanoTime() % 1_000_000 * 100;
        for (Attempt a : PrerequisiteAuditTest.story()) {
            String payload = String.format("{\"skillId\":\"%s\",\"itemId\":\"x#1\",\"correct\":%s,\"responseTimeMs\":9000,"
                    + "\"afterWorkedSolution\":%s}", a.skillId(), a.correct(), a.afterWorkedSolution());
            log.append(NewEvent.of("attempt", base + a.studentId(), base + a.studentId(), payload));
        }
        log.append(NewEvent.of("attempt", base + 1, base + 1, "{\"note\":\"no skill: skipped\"}"));
        AuditReport report = service.audit(PrerequisiteAuditTest.GRAPH, AuditOptions.DEFAULTS);
        var flagged = report.flagged();
        assertEquals(1, flagged.size(), report.toString());
        assertEquals("ns.a", flagged.getFirst().prerequisite());
        assertEquals("ns.b", flagged.getFirst().skill());
        assertEquals("ns.c", report.missing().getFirst().candidate());
    }
}
