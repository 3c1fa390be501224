package org.socratic.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socratic.config.ConfigException;

class PromptTemplateTest {
    private static final Path FILE = Path.of("prompts/tutor/system.v2.md");

    @Test
    void placeholders_are_filled_verbatim() {
        PromptTemplate t = PromptTemplate.parse("tutor", "v2", FILE, "Grade {{grade}}: {{ problem }}", Set.of("grade", "problem"));
        assertEquals("Grade 7: cost is $5 {{grade}}", t.render(Map.of("grade", "7", "problem", "cost is $5 {{grade}}")));
    }

    @Test
    void an_unknown_variable_names_the_file_and_line() {
        ConfigException e = assertThrows(ConfigException.class, () -> PromptTemplate.parse("tutor", "v2", FILE,
                "line one\nline two {{answer}}\n", Set.of("grade")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("prompts/tutor/system.v2.md:2 (answer): unknown variable {{answer}}"), e.getMessage());
    }

    @Test
    void a_malformed_placeholder_is_an_error() {
        assertThrows(ConfigException.class, () -> PromptTemplate.parse("tutor", "v2", FILE, "{{Grade Level}}", Set.of("grade")));
    }

    @Test
    void rendering_without_a_value_fails_instead_of_sending_a_hole() {
        PromptTemplate t = PromptTemplate.parse("tutor", "v2", FILE, "{{grade}} {{terms}}", Set.of("grade", "terms"));
        assertThrows(IllegalArgumentException.class, () -> t.render(Map.of("grade", "7")));
    }

    @Test
    void the_projects_prompts_use_only_the_variables_their_agents_supply() {
        AgentCatalog catalog = new AgentCatalog(Path.of("."));
        PromptLibrary library = new PromptLibrary(catalog, Path.of("."));
        assertTrue(library.systemPrompt("tutor").variables().contains("problem"));
        assertEquals(catalog.get("grading").promptVersion(), library.systemPrompt("grading").version());
    }
}
