package org.socratic.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BktParametersJsonTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenSetReadsBackTheSame() throws Exception {
        Map<String, SkillFit> skills = new LinkedHashMap<>();
        skills.put("a", new SkillFit("a", new BktParameters(0.25, 0.125, 0.2, 0.0625, 0.03125), 500, 40, false, -3));
        skills.put("b", SkillFit.defaulted("b", 7, 2));
        BktParameterSet set = new BktParameterSet(3, Instant.parse("2026-05-01T10:00:00Z"), "log.csv", 507, true,
                skills);
        Path file = dir.resolve("p.json");
        BktParametersJson.write(set, file);
        BktParameterSet back = BktParametersJson.read(file);
        assertEquals(set.parametersFor("a"), back.parametersFor("a"));
        assertTrue(back.skills().get("b").defaulted());
        assertEquals(set.fittedAt(), back.fittedAt());
        assertEquals(507, back.rows());
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"hello\": 1}");
        MalformedLogException e = assertThrows(MalformedLogException.class, () -> BktParametersJson.read(file));
        assertTrue(e.getMessage().contains("other.json"), e.getMessage());
    }
}
