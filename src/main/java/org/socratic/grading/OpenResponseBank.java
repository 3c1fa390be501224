package org.socratic.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.socratic.config.ConfigException;
import org.socratic.curriculum.SkillGraph;

/** Every open-response prompt in {@code content/open-responses/}, by id and by skill. */
public final class OpenResponseBank {
    static final String FOLDER = "open-responses";
    private final Map<String, OpenPrompt> byId;

    private OpenResponseBank(List<OpenPrompt> prompts) {
        Map<String, OpenPrompt> ids = new LinkedHashMap<>();
        for (OpenPrompt p : prompts) ids.put(p.id(), p);
        this.byId = java.util.Collections.unmodifiableMap(ids);
    }

    static OpenResponseBank empty() {
        return new OpenResponseBank(List.of());
    }

    /** Loads and checks every file; the first mistake is a {@link ConfigException} naming file, line and key. */
    public static OpenResponseBank load(Path contentDir, SkillGraph graph) {
        Path dir = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return new OpenResponseBank(List.of());
        List<OpenPrompt> prompts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                prompts.addAll(OpenResponseFile.read(file,
                        skill -> graph.contains(skill) ? graph.skill(skill).grade() : -1));
            }
        } catch (IOException e) {
            throw new ConfigException(dir, 0, null, "cannot list the open-response files: " + e.getMessage());
        }
        return new OpenResponseBank(prompts);
    }

    public Optional<OpenPrompt> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The prompt with this id; an unknown id is the caller's mistake. */
    public OpenPrompt prompt(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no open-response prompt " + id));
    }

    public List<OpenPrompt> forSkill(String skillId) {
        return byId.values().stream().filter(p -> p.skillId().equals(skillId)).toList();
    }

    public Collection<OpenPrompt> all() {
        return byId.values();
    }
}
