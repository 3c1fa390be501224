package org.socratic.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
    private static final Path FILE = Path.of("content/skills.yml");

    @Test
    void nested_keys_report_their_path_and_line() {
        YamlNode root = YamlNode.parse(FILE, """
                skills:
                  - id: rp.ratio
                    grade: 6
                  - id: rp.rate
                    grade: sixth
                """);
        List<YamlNode> skills = root.list("skills");
        assertEquals(6, skills.get(0).integer("grade", 0, 12));
        ConfigException e = assertThrows(ConfigException.class, () -> skills.get(1).integer("grade", 0, 12));
        assertEquals("content/skills.yml:5 (skills[1].grade): expected a whole number, got 'sixth'", e.getMessage());
    }

    @Test
    void a_missing_key_names_the_mapping_that_lacks_it() {
        YamlNode root = YamlNode.parse(FILE, "skills:\n  - id: a\n");
        ConfigException e = assertThrows(ConfigException.class, () -> root.list("skills").getFirst().string("name"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("missing required key 'name'"));
    }

    @Test
    void broken_yaml_names_the_line() {
        ConfigException e = assertThrows(ConfigException.class, () -> YamlNode.parse(FILE, "a: 1\nb: [1, 2\nc: 3\n"));
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().startsWith("content/skills.yml:"));
    }

    @Test
    void an_empty_file_is_an_error() {
        assertThrows(ConfigException.class, () -> YamlNode.parse(FILE, "# only a comment\n"));
    }

    @Test
    void a_list_where_a_value_belongs_is_an_error() {
        YamlNode root = YamlNode.parse(FILE, "name: [a, b]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> root.string("name"));
        assertTrue(e.getMessage().contains("expected a single value, not a list"));
    }
}
