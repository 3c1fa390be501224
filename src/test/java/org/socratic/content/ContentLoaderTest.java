package org.socratic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socratic.testing.TestDatabase;

/** {@code content load} against PostgreSQL: upserts, skips unchanged chunks, removes stale ones. */
@MicronautTest(transactional = false)
class ContentLoaderTest {
    @Inject ContentLoader loader;
    @Inject ContentRetriever retriever;
    @Inject DataSource dataSource;

    @TempDir
    Path dir;

    /** Two skills, {@code demo} with the given number of families and {@code later} (after it) with three. */
    void writeContent(String demoId, String laterId, int families) throws Exception {
        Files.writeString(dir.resolve("skills.yml"), """
                subject: math
                skills:
                  - {id: DEMO, name: Demo adding, grade: 6, ccss: 6.EE.A.1, description: Adds two numbers., prerequisites: []}
                  - {id: LATER, name: Later, grade: 7, ccss: 7.EE.A.1, description: Builds on adding., prerequisites: [DEMO]}
                """.replace("DEMO", demoId).replace("LATER", laterId));
        Files.createDirectories(dir.resolve("families"));
        StringBuilder demo = new StringBuilder("skill: " + demoId + "\nfamilies:\n");
        StringBuilder later = new StringBuilder("skill: " + laterId + "\nfamilies:\n");
        for (int i = 1; i <= families; i++) {
            demo.append(FamilyFileTest.GOOD.substring(FamilyFileTest.GOOD.indexOf("  - id: add")).replace("id: add", "id: add-" + i));
        }
        for (int i = 1; i <= 3; i++) {
            later.append(FamilyFileTest.GOOD.substring(FamilyFileTest.GOOD.indexOf("  - id: add")).replace("id: add", "id: later-" + i)
                    .replace("Adding", "Adding later"));
        }
        Files.writeString(dir.resolve("families/" + demoId + ".yml"), demo.toString());
        Files.writeString(dir.resolve("families/" + laterId + ".yml"), later.toString());
    }

    @Test
    void loadingTwiceIsAnUpsertAndRemovedFamiliesLeave() throws Exception {
        TestDatabase db = new TestDatabase(dataSource);
        writeContent("ee.demo", "ee.later", 4);
        ContentLoader.LoadReport first = loader.load(dir);
        assertEquals(2, first.skills());
        assertEquals(1, first.edges());
        assertEquals(first.chunks(), first.embedded());
        assertEquals(1, db.queryLong("select count(*) from skill_prerequisites where skill_id = 'ee.later'"));
        assertEquals("math", db.queryString("select subject from skills where id = 'ee.demo'"));

        ContentLoader.LoadReport again = loader.load(dir);
        assertEquals(0, again.embedded());
        assertEquals(first.chunks(), again.unchanged());
        assertEquals(first.chunks(), db.queryLong("select count(*) from content_chunks where skill_id in ('ee.demo', 'ee.later')"));

        writeContent("ee.demo", "ee.later", 3);
        ContentLoader.LoadReport fewer = loader.load(dir);
        assertTrue(fewer.removed() > 0, "chunks of the removed family go");
        assertEquals(0, db.queryLong("select count(*) from content_chunks where family_id = 'ee.demo/add-4'"));
        assertEquals(fewer.chunks(), db.queryLong("select count(*) from content_chunks where skill_id in ('ee.demo', 'ee.later')"));
    }

    @Test
    void loadedContentIsRetrievableByItsSkill() throws Exception {
        writeContent("ee.first", "ee.second", 3);
        loader.load(dir);
        var found = retriever.retrieve("how do I add two numbers", Set.of("ee.second"), 5);
        assertEquals(5, found.size());
        assertTrue(found.stream().allMatch(c -> c.skillId().equals("ee.second")));
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("explanation") || c.kind().equals("hint")));
    }
}
