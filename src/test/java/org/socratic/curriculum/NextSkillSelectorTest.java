package org.socratic.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextSkillSelectorTest {
    // a -> c, b -> c, c -> d; e stands alone
    private static final SkillGraph GRAPH = SkillGraph.of(List.of(
            Skill.of("nf.a", 4, "4.NF.A.1"), Skill.of("nf.b", 4, "4.NF.A.2"),
            Skill.of("nf.c", 5, "5.NF.A.1", "nf.a", "nf.b"), Skill.of("nf.d", 6, "6.NS.A.1", "nf.c"),
            Skill.of("nf.e", 4, "4.NF.B.3")));
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    /** Progress where pKnown doubles as predicted success, for readability. */
    private static Map<String, SkillProgress> progress(Object... idKnownMastered) {
        Map<String, SkillProgress> map = new HashMap<>();
        for (Skill skill : GRAPH.skills()) map.put(skill.id(), new SkillProgress(skill.id(), 0.1, 0.1, false, null));
        for (int i = 0; i < idKnownMastered.length; i += 3) {
            String id = (String) idKnownMastered[i];
            double p = (Double) idKnownMastered[i + 1];
            boolean mastered = (Boolean) idKnownMastered[i + 2];
            map.put(id, new SkillProgress(id, p, p, mastered, mastered ? NOW.minus(Duration.ofHours(1)) : null));
        }
        return map;
    }

    private static NextSkillDecision next(NextSkillStrategy strategy, Map<String, SkillProgress> skills, int since) {
        return new NextSkillSelector(strategy, SpacedReview.DEFAULT).next(GRAPH, new LearnerSnapshot(skills, since, NOW));
    }

    @Test
    void onlySkillsWhosePrerequisitesAreMasteredAreOffered() {
        Set<String> offered = new HashSet<>();
        RandomSkill random = new RandomSkill(1);
        Map<String, SkillProgress> skills = progress("nf.a", 0.99, true);
        for (int i = 0; i < 200; i++) offered.add(((NextSkillDecision.Practice) next(random, skills, 0)).skillId());
        assertEquals(Set.of("nf.b", "nf.e"), offered); // c needs b too, d needs c
    }

    @Test
    void zpdPrefersTheSkillInsideTheBandAndSaysWhy() {
        Map<String, SkillProgress> skills = progress("nf.a", 0.2, false, "nf.b", 0.7, false, "nf.e", 0.95, false);
        NextSkillDecision decision = next(ZoneOfProximalDevelopment.DEFAULT, skills, 0);
        NextSkillDecision.Practice practice = assertInstanceOf(NextSkillDecision.Practice.class, decision);
        assertEquals("nf.b", practice.skillId());
        assertEquals("Practise \"nf.b\" next: its predicted success of 70% is inside the 50-85% zone of proximal "
                + "development, and it has no prerequisites.", practice.reason());
    }

    @Test
    void zpdFallsBackToTheSkillClosestToTheBand() {
        Map<String, SkillProgress> skills = progress("nf.a", 0.2, false, "nf.b", 0.4, false, "nf.e", 0.97, false);
        NextSkillDecision.Practice practice = (NextSkillDecision.Practice) next(ZoneOfProximalDevelopment.DEFAULT,
                skills, 0);
        assertEquals("nf.b", practice.skillId());
        assertTrue(practice.reason().contains("closest"), practice.reason());
    }

    @Test
    void lowestMasteryPicksTheWeakestUnlockedSkill() {
        Map<String, SkillProgress> skills = progress("nf.a", 0.99, true, "nf.b", 0.99, true, "nf.c", 0.3, false,
                "nf.e", 0.05, false);
        NextSkillDecision.Practice practice = (NextSkillDecision.Practice) next(new LowestMastery(), skills, 0);
        assertEquals("nf.e", practice.skillId());
        assertEquals("Practise \"nf.e\" next: at 5% estimated mastery it is the weakest of the 2 skills whose "
                + "prerequisites are mastered.", practice.reason());
    }

    @Test
    void aMasteredSkillRestedFor48HoursIsReviewedWhenItIsTimeForAReview() {
        Map<String, SkillProgress> skills = progress("nf.b", 0.3, false);
        skills.put("nf.a", new SkillProgress("nf.a", 0.99, 0.9, true, NOW.minus(Duration.ofDays(3))));
        skills.put("nf.e", new SkillProgress("nf.e", 0.99, 0.9, true, NOW.minus(Duration.ofHours(47))));
        NextSkillDecision tooSoon = next(ZoneOfProximalDevelopment.DEFAULT, skills, 1);
        assertInstanceOf(NextSkillDecision.Practice.class, tooSoon);
        NextSkillDecision review = next(ZoneOfProximalDevelopment.DEFAULT, skills, 4);
        assertEquals(new NextSkillDecision.Review("nf.a", "Review \"nf.a\": it was mastered but not practised for "
                + "3 days, so a retention check is due."), review);
    }

    @Test
    void whenEverythingIsMasteredOnlyDueReviewsRemain() {
        Map<String, SkillProgress> skills = new HashMap<>();
        for (Skill skill : GRAPH.skills()) {
            skills.put(skill.id(), new SkillProgress(skill.id(), 0.99, 0.9, true, NOW.minus(Duration.ofHours(5))));
        }
        assertInstanceOf(NextSkillDecision.Finished.class, next(new LowestMastery(), skills, 10));
        skills.put("nf.d", new SkillProgress("nf.d", 0.99, 0.9, true, NOW.minus(Duration.ofDays(2))));
        assertEquals("nf.d", ((NextSkillDecision.Review) next(new LowestMastery(), skills, 0)).skillId());
    }

    @Test
    void aSnapshotMissingASkillIsAnError() {
        Map<String, SkillProgress> skills = progress();
        skills.remove("nf.c");
        assertThrows(java.util.NoSuchElementException.class, () -> next(new LowestMastery(), skills, 0));
    }

    @Test
    void strategiesAreFoundByName() {
        assertInstanceOf(ZoneOfProximalDevelopment.class, NextSkillStrategy.named("zpd", 1));
        assertInstanceOf(LowestMastery.class, NextSkillStrategy.named("lowest-mastery", 1));
        assertInstanceOf(RandomSkill.class, NextSkillStrategy.named("RANDOM", 1));
        assertThrows(IllegalArgumentException.class, () -> NextSkillStrategy.named("greedy", 1));
    }
}
