package org.socratic.curriculum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socratic.config.ConfigException;
import org.socratic.config.YamlNode;
import org.socratic.curriculum.InvalidSkillGraphException.GraphProblem;

/** Reads {@code content/skills.yml}; every mistake is a {@link ConfigException} with the file, the line and the skills. */
final class SkillGraphFile {
    private SkillGraphFile() {}

    static SkillGraph read(Path file) {
        if (!Files.isRegularFile(file)) throw new ConfigException(file, 0, null, "the skill graph file is missing");
        YamlNode root = YamlNode.load(file).allowOnly("subject", "skills");
        List<Skill> skills = new ArrayList<>();
        Map<String, YamlNode> nodes = new HashMap<>();
        for (YamlNode entry : root.list("skills")) {
            Skill skill = skill(entry);
            skills.add(skill);
            nodes.putIfAbsent(skill.id(), entry);
        }
        if (skills.isEmpty()) throw root.get("skills").error("the skill list is empty");
        try {
            return SkillGraph.of(skills);
        } catch (InvalidSkillGraphException e) {
            GraphProblem first = e.problems().getFirst();
            YamlNode where = nodes.get(first.skillId());
            String message = String.join("; ", e.problems().stream().map(GraphProblem::message).toList());
            throw new ConfigException(file, where == null ? 0 : where.line(), where == null ? null : where.path(), message);
        }
    }

    private static Skill skill(YamlNode entry) {
        entry.allowOnly("id", "name", "grade", "ccss", "description", "prerequisites", "low_stakes");
        String id = entry.string("id");
        try {
            return new Skill(id, entry.string("name"), entry.integer("grade", 0, 12), entry.string("ccss"),
                    entry.string("description"), entry.strings("prerequisites"), entry.bool("low_stakes", false));
        } catch (IllegalArgumentException e) {
            throw entry.error(e.getMessage());
        }
    }
}
