package org.socratic.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisiteAuditTest {
    static final SkillGraph GRAPH = SkillGraph.of(List.of(
            Skill.of("ns.a", 6, "6.NS.A.1"),
            Skill.of("ns.c", 6, "6.NS.B.2"),
            Skill.of("ns.b", 6, "6.NS.B.3", "ns.a"),
            Skill.of("ns.d", 6, "6.NS.B.4", "ns.a")));

    /**
     * Ten students master ns.a. Half of them also master ns.c; those then get ns.b right, the others get it wrong.
     * Everyone gets ns.d right. So a -> b is contradicted (50% failures), a -> d is fine, and c -> b looks missing.
     */
    static List<Attempt> story() {
        List<Attempt> attempts = new ArrayList<>();
        for (long s = 1; s <= 10; s++) {
            boolean knowsC = s % 2 == 0;
            for (int i = 0; i < 3; i++) attempts.add(new Attempt(s, "ns.a", true, false));
            for (int i = 0; i < 3; i++) attempts.add(new Attempt(s, "ns.c", knowsC, false));
            for (int i = 0; i < 3; i++) attempts.add(new Attempt(s, "ns.b", knowsC, false));
            for (int i = 0; i < 3; i++) attempts.add(new Attempt(s, "ns.d", true, false));
        }
        return attempts;
    }

    @Test
    void anEdgeWhosePrerequisiteDoesNotPrepareStudentsIsFlagged() {
        AuditReport report = PrerequisiteAudit.run(GRAPH, story(), AuditOptions.DEFAULTS);
        var ab = report.edges().stream().filter(e -> e.skill().equals("ns.b")).findFirst().orElseThrow();
        assertTrue(ab.flagged());
        assertEquals(10, ab.students());
        assertEquals(0.5, ab.failureRate(), 1e-9);
        assertTrue(ab.reason().contains("50%"), ab.reason());
        var ad = report.edges().stream().filter(e -> e.skill().equals("ns.d")).findFirst().orElseThrow();
        assertFalse(ad.flagged());
        assertEquals(List.of(ab), report.flagged());
    }

    @Test
    void aSkillThatSeparatesSuccessFromFailureIsSuggestedAsAMissingEdge() {
        AuditReport report = PrerequisiteAudit.run(GRAPH, story(), AuditOptions.DEFAULTS);
        var missing = report.missing().getFirst();
        assertEquals("ns.c", missing.candidate());
        assertEquals("ns.b", missing.skill());
        assertEquals(1.0, missing.failureWithout(), 1e-9);
        assertEquals(0.0, missing.failureWith(), 1e-9);
    }

    @Test
    void aHigherThresholdFlagsNothing() {
        AuditReport report = PrerequisiteAudit.run(GRAPH, story(), new AuditOptions(0.6, 3, 5, 3, 0.25));
        assertEquals(List.of(), report.flagged());
    }

    @Test
    void tooFewStudentsGiveNoFinding() {
        AuditReport report = PrerequisiteAudit.run(GRAPH, story().subList(0, 24), AuditOptions.DEFAULTS);
        assertEquals(List.of(), report.edges());
        assertEquals(List.of(), report.missing());
    }

    @Test
    void rightAnswersAfterTheWorkedSolutionDoNotMakeMastery() {
        List<Attempt> attempts = new ArrayList<>();
        for (long s = 1; s <= 6; s++) {
            for (int i = 0; i < 3; i++) attempts.add(new Attempt(s, "ns.a", true, true));
            attempts.add(new Attempt(s, "ns.b", false, false));
        }
        AuditReport report = PrerequisiteAudit.run(GRAPH, attempts, AuditOptions.DEFAULTS);
        assertEquals(List.of(), report.edges(), "nobody mastered ns.a, so the edge has no evidence");
    }

    @Test
    void attemptsOnUnknownSkillsAreIgnored() {
        List<Attempt> attempts = new ArrayList<>(story());
        attempts.add(new Attempt(99, "zz.unknown", false, false));
        assertEquals(10, PrerequisiteAudit.run(GRAPH, attempts, AuditOptions.DEFAULTS).students());
    }
}
