package org.socratic.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socratic.curriculum.Skill;
import org.socratic.curriculum.SkillGraph;
import org.socratic.curriculum.SpacedReview;
import org.socratic.learner.MasteryPolicy;

class SimulationTest {
    private static final SkillGraph GRAPH = SkillGraph.of(List.of(
            Skill.of("nf.a", 4, "4.NF.A.1"), Skill.of("nf.b", 4, "4.NF.A.2"),
            Skill.of("nf.c", 5, "5.NF.A.1", "nf.a", "nf.b"), Skill.of("nf.d", 6, "6.NS.A.1", "nf.c"),
            Skill.of("nf.e", 6, "6.NS.A.2", "nf.c"), Skill.of("nf.f", 7, "7.NS.A.1", "nf.d", "nf.e"),
            new Skill("nf.g", "g", 4, "4.NF.B.3", "Low-stakes review.", List.of(), true)));
    private static final List<String> POLICIES = List.of("zpd", "lowest-mastery", "random");

    private static SimulationSettings settings(MasteryPolicy mastery) {
        return new SimulationSettings(mastery, SpacedReview.DEFAULT, 150, 30, 4, 0.7, 0.5, 0);
    }

    private static Map<String, PolicyFigures> run(long seed, int threads, MasteryPolicy mastery, int students) {
        return new Simulation(new SimulatedCurriculum(GRAPH, seed, 0.6), threads)
                .run(POLICIES, settings(mastery), students, seed);
    }

    /** The figures without the computing time, which is the only thing allowed to differ between runs. */
    private static List<PolicyFigures> withoutTime(Map<String, PolicyFigures> figures) {
        return figures.values().stream().map(f -> new PolicyFigures(f.policy(), f.students(), f.itemsToMastery(),
                f.falseMasteryRate(), f.lowStakesFalseMasteryRate(), f.missedMasteryRate(), f.placementAccuracy(),
                f.placementAccuracyPriorOnly(), f.placementBrier(), f.placementBrierPriorOnly(), f.itemsPerStudent(),
                f.masteredPerStudent(), f.declarations(), f.lowStakesDeclarations(), 0)).toList();
    }

    @Test
    void theSameSeedPrintsTheSameFiguresWhateverTheThreads() {
        List<PolicyFigures> first = withoutTime(run(7, 2, MasteryPolicy.DEFAULT, 60));
        assertEquals(first, withoutTime(run(7, 2, MasteryPolicy.DEFAULT, 60)));
        assertEquals(first, withoutTime(run(7, 1, MasteryPolicy.DEFAULT, 60)));
        assertNotEquals(first, withoutTime(run(8, 2, MasteryPolicy.DEFAULT, 60)));
    }

    @Test
    void everyPolicyIsReportedAndStudentsMasterSkills() {
        Map<String, PolicyFigures> figures = run(3, 2, MasteryPolicy.DEFAULT, 40);
        assertEquals(POLICIES, List.copyOf(figures.keySet()));
        for (PolicyFigures f : figures.values()) {
            assertTrue(f.masteredPerStudent() > 5, f.toString());
            assertTrue(f.itemsToMastery() >= MasteryPolicy.DEFAULT.streak(), f.toString());
            assertTrue(f.placementAccuracy() > 0.5 && f.placementAccuracy() <= 1, f.toString());
        }
    }

    @Test
    void aStricterMasteryPolicyDeclaresFewerFalseMasteriesAndCostsMoreItems() {
        MasteryPolicy lenient = new MasteryPolicy(0.8, 0.8, 1, 0, 0.15);
        MasteryPolicy strict = new MasteryPolicy(0.98, 0.98, 4, 3, 0.15);
        PolicyFigures loose = run(5, 2, lenient, 150).get("zpd");
        PolicyFigures tight = run(5, 2, strict, 150).get("zpd");
        assertTrue(tight.falseMasteryRate() < loose.falseMasteryRate(), loose + " vs " + tight);
        assertTrue(tight.itemsToMastery() > loose.itemsToMastery(), loose + " vs " + tight);
    }

    @Test
    void theDiagnosticPlacesBetterThanThePopulationPriorAlone() {
        PolicyFigures f = run(11, 2, MasteryPolicy.DEFAULT, 200).get("zpd");
        assertTrue(f.placementBrier() < f.placementBrierPriorOnly(), f.toString());
    }
}
