package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;

class PlacementDiagnosticTest {
    // a chain ns.a -> ns.b -> ns.c -> ns.d -> ns.e, and ns.x on its own
    private static final SkillGraph GRAPH = SkillGraph.of(List.of(
            Skill.of("ns.a", 4, "4.NF.A.1"), Skill.of("ns.b", 5, "5.NF.A.1", "ns.a"),
            Skill.of("ns.c", 6, "6.NS.A.1", "ns.b"), Skill.of("ns.d", 7, "7.NS.A.1", "ns.c"),
            Skill.of("ns.e", 8, "8.NS.A.1", "ns.d"), Skill.of("ns.x", 6, "6.NS.B.2")));
    private static final BktParameters EVEN = BktParameters.of(0.5, 0.1, 0.2, 0.1);

    private static BktParameterSet parameters() {
        Map<String, SkillFit> fits = new LinkedHashMap<>();
        for (Skill s : GRAPH.skills()) fits.put(s.id(), new SkillFit(s.id(), EVEN, 100, 10, false, 0));
        return new BktParameterSet(1, Instant.EPOCH, "test", 0, false, fits);
    }

    private final PlacementDiagnostic diagnostic = new PlacementDiagnostic(GRAPH, parameters(), 8, 0.7);

    @Test
    void theFirstItemGoesToTheMiddleOfAChainWhereTheAnswerSplitsTheGraph() {
        Optional<PlacementDiagnostic.Question> first = diagnostic.next(diagnostic.start());
        assertEquals("ns.c", first.orElseThrow().skillId(), first.toString());
        assertTrue(first.get().reason().startsWith("Ask about \"ns.c\""), first.get().reason());
    }

    @Test
    void aCorrectAnswerIsEvidenceForThePrerequisitesAndLeavesTheRestAlone() {
        PlacementDiagnostic.Placement start = diagnostic.start();
        PlacementDiagnostic.Placement after = diagnostic.record(start, "ns.c", true);
        Map<String, Double> b = after.beliefs();
        double answered = EVEN.observe(0.5, true, 1); // 0.45 / 0.55
        assertEquals(0.45 / 0.55, answered, 1e-12);
        assertEquals(answered, b.get("ns.c"), 1e-12);
        assertEquals(EVEN.observe(0.5, true, 0.7), b.get("ns.b"), 1e-12);
        assertEquals(EVEN.observe(0.5, true, 0.49), b.get("ns.a"), 1e-12);
        assertEquals(0.5, b.get("ns.d"), 1e-12);
        assertEquals(0.5, b.get("ns.e"), 1e-12);
        assertEquals(0.5, b.get("ns.x"), 1e-12);
        assertEquals(0.5, start.beliefs().get("ns.c"), 1e-12, "the earlier placement is unchanged");
    }

    @Test
    void aWrongAnswerIsEvidenceAgainstTheDependentsFadingWithDistance() {
        Map<String, Double> b = diagnostic.record(diagnostic.start(), "ns.b", false).beliefs();
        double answered = EVEN.observe(0.5, false, 1);
        assertEquals(answered, b.get("ns.b"), 1e-12);
        assertEquals(EVEN.observe(0.5, false, 0.7), b.get("ns.c"), 1e-12);
        assertTrue(answered < b.get("ns.c") && b.get("ns.c") < b.get("ns.d") && b.get("ns.d") < b.get("ns.e")
                && b.get("ns.e") < 0.5, b.toString());
        assertEquals(0.5, b.get("ns.a"), 1e-12);
    }

    @Test
    void itStopsAfterItsItemBudgetAndNeverAsksASkillTwice() {
        PlacementDiagnostic three = new PlacementDiagnostic(GRAPH, parameters(), 3, 0.7);
        PlacementDiagnostic.Placement p = three.start();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Optional<PlacementDiagnostic.Question> q = three.next(p); q.isPresent(); q = three.next(p)) {
            assertTrue(asked.add(q.get().skillId()), "asked twice: " + q.get().skillId());
            p = three.record(p, q.get().skillId(), true);
        }
        assertEquals(3, p.steps().size());
    }

    @Test
    void moreThanEightItemsIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PlacementDiagnostic(GRAPH, parameters(), 9, 0.7));
    }
}
