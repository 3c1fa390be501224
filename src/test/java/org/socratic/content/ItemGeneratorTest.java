package org.socratic.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ItemGeneratorTest {
    static final Path FILE = Path.of("content/families/rp.unit-rate.yml");

    @Test
    void theSameSeedGivesTheSameItem() {
        Family family = FamilyFile.read(FILE).families().getFirst();
        Item a = ItemGenerator.generate(family, 42);
        Item b = ItemGenerator.generate(family, 42);
        assertEquals(a, b);
        assertEquals("rp.unit-rate/price-per-item#42", a.id());
        System.out.println(a.prompt() + "\n" + a.hints() + "\n" + a.answer().display());
    }

    @Test
    void aMisconceptionsWrongAnswerIsDiagnosed() {
        Family family = FamilyFile.read(FILE).families().get(1);
        Item item = ItemGenerator.generate(family, 7);
        Misconception inverted = item.misconceptions().getFirst();
        Item.Checked checked = item.check(inverted.wrongAnswer().display());
        assertTrue(!checked.correct());
        assertEquals("inverted-rate", checked.misconception().orElseThrow().id());
        assertTrue(item.check(item.answer().display()).correct());
    }

    @Test
    void everyFamilyInTheSampleFileValidates() {
        for (Family f : FamilyFile.read(FILE).families()) {
            var check = ContentValidator.check(f, 200);
            assertEquals(java.util.List.of(), check.errors());
        }
    }
}
