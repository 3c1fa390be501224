package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;

/** Against the real PostgreSQL of SOCRATIC_TEST_DB_URL, migrated by Flyway from an empty schema. */
@MicronautTest(transactional = false)
class BktParameterStoreTest {
    @Inject
    BktParameterStore store;

    @Inject
    AttemptHistory history;

    @Inject
    EventLog events;

    private static BktParameterSet set(String source, double learn) {
        Map<String, SkillFit> skills = new LinkedHashMap<>();
        skills.put("frac.add", new SkillFit("frac.add", new BktParameters(0.3, learn, 0.2, 0.1, 0), 900, 80, false, -1));
        skills.put("ASSISTments skill, not ours", SkillFit.defaulted("ASSISTments skill, not ours", 4, 2));
        return new BktParameterSet(0, Instant.parse("2026-04-01T08:00:00Z"), source, 904, false, skills);
    }

    @Test
    void theLiveServiceGetsTheNewestStoredVersion() {
        BktParameterSet first = store.save(set("first.csv", 0.1));
        BktParameterSet second = store.save(set("second.csv", 0.25));
        assertTrue(second.version() > first.version());
        BktParameterSet current = store.current();
        assertEquals(second.version(), current.version());
        assertEquals("second.csv", current.source());
        assertEquals(0.25, current.parametersFor("frac.add").learn(), 1e-12);
        assertTrue(current.skills().get("ASSISTments skill, not ours").defaulted());
        assertEquals(BktParameters.DEFAULTS, current.parametersFor("a skill never fitted"));
    }

    @Test
    void aSetThatBreaksTheBoundsIsRefusedByTheDatabaseToo() {
        Map<String, SkillFit> skills = Map.of("x", new SkillFit("x", BktParameters.of(0.3, 0.1, 0.6, 0.1), 1, 1,
                false, 0));
        BktParameterSet bad = new BktParameterSet(0, Instant.now(), "bad", 1, false, skills);
        assertThrows(IllegalStateException.class, () -> store.save(bad));
    }

    @Test
    void attemptEventsBecomeAResponseLogWithCredibilityWeights() {
        List<String> payloads = List.of(
                "{\"skillId\":\"frac.add\",\"itemId\":\"i1\",\"correct\":true,\"responseTimeMs\":15000}",
                "{\"skillId\":\"frac.add\",\"itemId\":\"i2\",\"correct\":true,\"responseTimeMs\":400}",
                "{\"skillId\":\"frac.add\",\"itemId\":\"i3\",\"correct\":false,\"afterWorkedSolution\":true}",
                "{\"skillId\":\"frac.add\",\"itemId\":\"i4\"}");
        for (String payload : payloads) events.append(NewEvent.of(AttemptHistory.ATTEMPT, 42L, null, payload));
        events.append(NewEvent.of("chat", 42L, null, "{\"text\":\"hi\"}"));
        AttemptHistory.Attempts attempts = history.read();
        ResponseLog log = attempts.log();
        assertEquals(3, log.size());
        assertEquals(1, attempts.skipped());
        assertEquals("42", log.studentName(log.student(0)));
        assertEquals(List.of(1f, 0.3f, 0.2f), List.of(log.weight(0), log.weight(1), log.weight(2)));
        assertEquals(List.of(true, true, false), List.of(log.correct(0), log.correct(1), log.correct(2)));
    }
}
