package org.socratic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socratic.curriculum.SkillGraph;

/** Consistency of the content shipped in content/: every skill has families, every family draws valid items. */
class ShippedContentTest {
    static final Path CONTENT = Path.of("content");

    @Test
    void theShippedContentValidatesWithoutErrors() {
        ValidationReport report = ContentValidator.validate(CONTENT, 25);
        assertEquals(List.of(), report.errors());
        assertTrue(report.skills() >= 45, "skills: " + report.skills());
        assertTrue(report.families() >= 3 * report.skills(), "families: " + report.families());
        assertEquals(report.families() * 25, report.itemsChecked());
    }

    @Test
    void everySkillHasAtLeastThreeFamiliesAndEveryFamilyIsOfAKnownSkill() {
        SkillGraph graph = SkillGraph.load(CONTENT);
        ContentBank bank = ContentBank.load(CONTENT, graph);
        for (var skill : graph.skills()) {
            assertTrue(bank.familiesOf(skill.id()).size() >= 3, skill.id());
        }
        for (Family f : bank.families()) assertTrue(graph.contains(f.skillId()), f.id());
    }

    @Test
    void anItemIdDrawsTheSameItemAgain() {
        ContentBank bank = ContentBank.load(CONTENT, SkillGraph.load(CONTENT));
        Item item = bank.itemFor("ns.divide-fractions", 2, 12345);
        assertEquals(item, bank.item(item.id()));
        assertEquals("ns.divide-fractions", item.skillId());
    }

    @Test
    void everyFamilyNamesItsMisconceptionsOnAWrongAnswer() {
        ContentBank bank = ContentBank.load(CONTENT, SkillGraph.load(CONTENT));
        int diagnosed = 0;
        for (Family f : bank.families()) {
            Item item = ItemGenerator.generate(f, 7);
            for (Misconception m : item.misconceptions()) {
                Item.Checked checked = item.check(m.wrongAnswer().display());
                assertTrue(!checked.correct() && checked.misconception().isPresent(), f.id() + " " + m.id());
                diagnosed++;
            }
        }
        assertTrue(diagnosed >= bank.families().size(), "misconceptions diagnosed: " + diagnosed);
    }
}
