package org.socratic.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.config.ConfigException;

class SkillGraphTest {
    @TempDir
    Path dir;

    @Test
    void skillsComeInTopologicalOrderWithPrerequisitesFirst() {
        SkillGraph graph = SkillGraph.of(List.of(
                Skill.of("ee.c", 6, "6.EE.A.1", "ee.b", "ee.a"),
                Skill.of("ee.b", 6, "6.EE.A.2", "ee.a"),
                Skill.of("ee.a", 6, "6.EE.A.3")));
        assertEquals(List.of("ee.a", "ee.b", "ee.c"), graph.skills().stream().map(Skill::id).toList());
        assertEquals(List.of("ee.b", "ee.c"), graph.dependentsOf("ee.a"));
        assertEquals(List.of("ee.b", "ee.a"), graph.prerequisitesOf("ee.c"));
        assertEquals(3, graph.edgeCount());
        assertEquals(3, graph.size());
        assertEquals(java.util.Set.of("ee.a", "ee.b"), graph.ancestorsOf("ee.c"));
    }

    @Test
    void aCycleIsRejectedNamingEverySkillOnIt() {
        var e = assertThrows(InvalidSkillGraphException.class, () -> SkillGraph.of(List.of(
                Skill.of("ee.a", 6, "6.EE.A.1", "ee.c"),
                Skill.of("ee.b", 6, "6.EE.A.2", "ee.a"),
                Skill.of("ee.c", 6, "6.EE.A.3", "ee.b"),
                Skill.of("ee.d", 6, "6.EE.A.4"))));
        String message = e.getMessage();
        assertTrue(message.contains("cycle"), message);
        for (String id : List.of("ee.a", "ee.b", "ee.c")) assertTrue(message.contains(id), message);
        assertTrue(!message.contains("ee.d"), message);
    }

    @Test
    void aSkillThatIsItsOwnPrerequisiteIsACycle() {
        var e = assertThrows(InvalidSkillGraphException.class,
                () -> SkillGraph.of(List.of(Skill.of("ee.a", 6, "6.EE.A.1", "ee.a"))));
        assertEquals("prerequisites form a cycle: ee.a -> ee.a", e.getMessage());
    }

    @Test
    void aDanglingEdgeNamesBothEnds() {
        var e = assertThrows(InvalidSkillGraphException.class,
                () -> SkillGraph.of(List.of(Skill.of("ee.a", 6, "6.EE.A.1", "ee.missing"))));
        assertEquals(List.of("ee.a", "ee.missing"), e.problems().getFirst().skills());
        assertTrue(e.getMessage().contains("dangling"), e.getMessage());
    }

    @Test
    void aDuplicateIdIsRejected() {
        var e = assertThrows(InvalidSkillGraphException.class, () -> SkillGraph.of(List.of(
                Skill.of("ee.a", 6, "6.EE.A.1"), Skill.of("ee.a", 6, "6.EE.A.2"))));
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void anUnknownSkillIsAnErrorNamingIt() {
        SkillGraph graph = SkillGraph.of(List.of(Skill.of("ee.a", 6, "6.EE.A.1")));
        var e = assertThrows(NoSuchElementException.class, () -> graph.skill("ee.nope"));
        assertTrue(e.getMessage().contains("ee.nope"));
        assertThrows(NoSuchElementException.class, () -> graph.prerequisitesOf("ee.nope"));
    }

    @Test
    void aCycleInTheFileIsAConfigErrorNamingTheFileTheLineAndTheSkills() throws Exception {
        Files.writeString(dir.resolve("skills.yml"), """
                subject: math
                skills:
                  - {id: ee.a, name: A, grade: 6, ccss: 6.EE.A.1, description: d, prerequisites: [ee.b]}
                  - {id: ee.b, name: B, grade: 6, ccss: 6.EE.A.2, description: d, prerequisites: [ee.a]}
                """);
        var e = assertThrows(ConfigException.class, () -> SkillGraph.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("skills.yml") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("ee.a -> ") && e.getMessage().contains("ee.b"), e.getMessage());
        assertTrue(e.line() == 3 || e.line() == 4, "line " + e.line());
    }

    @Test
    void aDanglingEdgeInTheFileNamesTheLineOfTheSkillThatListsIt() throws Exception {
        Files.writeString(dir.resolve("skills.yml"), """
                subject: math
                skills:
                  - {id: ee.a, name: A, grade: 6, ccss: 6.EE.A.1, description: d, prerequisites: []}
                  - {id: ee.b, name: B, grade: 6, ccss: 6.EE.A.2, description: d, prerequisites: [ee.zzz]}
                """);
        var e = assertThrows(ConfigException.class, () -> SkillGraph.load(dir));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("ee.b") && e.getMessage().contains("ee.zzz"), e.getMessage());
    }

    @Test
    void aMalformedEntryIsReportedAtItsLine() throws Exception {
        Files.writeString(dir.resolve("skills.yml"), """
                subject: math
                skills:
                  - {id: ee.a, name: A, grade: 6, ccss: not-a-code, description: d}
                """);
        var e = assertThrows(ConfigException.class, () -> SkillGraph.load(dir));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("Common Core"), e.getMessage());
    }
}
