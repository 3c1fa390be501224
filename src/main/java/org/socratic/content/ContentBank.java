package org.socratic.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.socratic.config.ConfigException;
import org.socratic.curriculum.SkillGraph;

/** Every item family in {@code content/families/}, indexed by skill; items are drawn from it by id. */
public final class ContentBank {
    /** Every skill needs this many families so practice does not feel like one question on repeat. */
    public static final int MIN_FAMILIES_PER_SKILL = 3;

    private final Map<String, Family> byId;
    private final Map<String, List<Family>> bySkill;

    private ContentBank(List<Family> families) {
        Map<String, Family> ids = new LinkedHashMap<>();
        Map<String, List<Family>> skills = new LinkedHashMap<>();
        for (Family f : families) {
            ids.put(f.id(), f);
            skills.computeIfAbsent(f.skillId(), k -> new ArrayList<>()).add(f);
        }
        skills.replaceAll((k, v) -> List.copyOf(v));
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.bySkill = java.util.Collections.unmodifiableMap(skills);
    }

    /** Loads and checks the bank; the first problem found is a {@link ConfigException} (file, line, key). */
    public static ContentBank load(Path contentDir, SkillGraph graph) {
        Loaded loaded = read(contentDir, graph);
        if (!loaded.errors().isEmpty()) {
            ConfigException first = loaded.errors().getFirst();
            if (loaded.errors().size() == 1) throw first;
            throw new ConfigException(first.file(), first.line(), first.key(), first.getMessage()
                    + " (and " + (loaded.errors().size() - 1) + " more problems: run ./socratic content validate)");
        }
        return loaded.bank();
    }

    /** A bank with every file that could be read, and every problem found. */
    record Loaded(ContentBank bank, List<ConfigException> errors) {}

    static Loaded read(Path contentDir, SkillGraph graph) {
        Path dir = contentDir.resolve("families");
        List<ConfigException> errors = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            errors.add(new ConfigException(dir, 0, null, "cannot list the family files: " + e.getMessage()));
            return new Loaded(new ContentBank(List.of()), errors);
        }
        Map<String, Family> seen = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                FamilyFile.Contents contents = FamilyFile.read(file);
                if (!graph.contains(contents.skillId())) {
                    errors.add(new ConfigException(file, 1, "skill", "unknown skill '" + contents.skillId()
                            + "': it is not in skills.yml"));
                    continue;
                }
                for (Family f : contents.families()) {
                    Family before = seen.putIfAbsent(f.id(), f);
                    if (before != null) {
                        errors.add(new ConfigException(file, f.line(), "id", "family " + f.id() + " is also defined at "
                                + before.location()));
                    } else {
                        families.add(f);
                    }
                }
            } catch (ConfigException e) {
                errors.add(e);
            }
        }
        ContentBank bank = new ContentBank(families);
        for (var skill : graph.skills()) {
            int count = bank.familiesOf(skill.id()).size();
            if (count < MIN_FAMILIES_PER_SKILL) {
                errors.add(new ConfigException(dir.resolve(skill.id() + ".yml"), 0, null, "skill " + skill.id()
                        + " has " + count + " item famil" + (count == 1 ? "y" : "ies") + "; it needs at least "
                        + MIN_FAMILIES_PER_SKILL));
            }
        }
        return new Loaded(bank, errors);
    }

    /** A bank from families built in code, for tests. */
    static ContentBank of(List<Family> families) {
        return new ContentBank(families);
    }

    public List<Family> families() {
        return List.copyOf(byId.values());
    }

    public List<Family> familiesOf(String skillId) {
        return bySkill.getOrDefault(skillId, List.of());
    }

    public Family family(String id) {
        Family f = byId.get(id);
        if (f == null) throw new NoSuchElementException("unknown item family '" + id + "'");
        return f;
    }

    /** The item with this id ({@code family#seed}), drawn again; an unknown family is a NoSuchElementException. */
    public Item item(String itemId) {
        int hash = itemId.lastIndexOf('#');
        if (hash < 0) throw new NoSuchElementException("'" + itemId + "' is not an item id (family#seed)");
        long seed;
        try {
            seed = Long.parseLong(itemId.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw new NoSuchElementException("'" + itemId + "' is not an item id (family#seed)");
        }
        return ItemGenerator.generate(family(itemId.substring(0, hash)), seed);
    }

    /**
     * A fresh item for a skill: the family is chosen by the seed among those at or nearest the wanted difficulty.
     */
    public Item itemFor(String skillId, int difficulty, long seed) {
        List<Family> families = familiesOf(skillId);
        if (families.isEmpty()) throw new NoSuchElementException("no item families for skill '" + skillId + "'");
        int best = families.stream().mapToInt(f -> Math.abs(f.difficulty() - difficulty)).min().orElseThrow();
        List<Family> nearest = families.stream().filter(f -> Math.abs(f.difficulty() - difficulty) == best).toList();
        Family family = nearest.get((int) Math.floorMod(seed, (long) nearest.size()));
        return ItemGenerator.generate(family, seed);
    }
}
