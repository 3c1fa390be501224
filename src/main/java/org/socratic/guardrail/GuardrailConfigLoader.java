package org.socratic.guardrail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.socratic.config.ConfigException;
import org.socratic.config.YamlNode;
import org.socratic.guardrail.classifier.ClassifierFile;
import org.socratic.guardrail.classifier.LinearClassifier;

/** Reads every file of the {@code guardrails/} folder; every mistake names its file, line and key. */
final class GuardrailConfigLoader {
    private GuardrailConfigLoader() {}

    static GuardrailConfig load(Path dir) {
        if (!Files.isDirectory(dir)) throw new ConfigException(dir, 0, null, "the guardrails folder does not exist");
        GuardrailPolicy policy = PolicyLoader.load(dir.resolve("policy.yml"));
        List<Lexicon> lexicons = LexiconLoader.loadAll(dir.resolve("lexicons"), policy);
        if (lexicons.isEmpty()) throw new ConfigException(dir.resolve("lexicons"), 0, null, "no lexicons found");
        return new GuardrailConfig(dir, policy, lexicons, LexiconLoader.idioms(dir.resolve("idioms.yml")),
                pii(dir.resolve("pii.yml")), classifier(dir, policy.classifier()), exemplars(dir.resolve("exemplars")), crisis(dir.resolve("crisis.yml")),
                terminology(dir.resolve("terminology")));
    }

    static PiiScanner pii(Path file) {
        YamlNode root = YamlNode.load(file);
        root.allowOnly("recognisers");
        List<PiiRecogniser> out = new ArrayList<>();
        for (YamlNode n : root.list("recognisers")) {
            n.allowOnly("name", "placeholder", "pattern", "flags");
            String flags = n.string("flags", "");
            if (!flags.matches("i?")) throw n.get("flags").error("flags may only be 'i'");
            String regex = (flags.equals("i") ? "(?i)" : "") + n.string("pattern");
            out.add(new PiiRecogniser(n.string("name"), n.string("placeholder"), LexiconLoader.regex(n, regex)));
        }
        return new PiiScanner(out);
    }

    /** The trained model the policy names, checked against the categories; none when the policy leaves it out. */
    static Optional<LinearClassifier> classifier(Path dir, GuardrailPolicy.ClassifierSettings settings) {
        if (!settings.enabled()) return Optional.empty();
        Path file = dir.resolve(settings.model()).normalize();
        LinearClassifier model = ClassifierFile.read(file).model();
        for (String label : model.labels()) {
            if (Category.byId(label).filter(Category::labelled).isEmpty()) {
                throw new ConfigException(file, 0, "labels", "unknown category '" + label + "'");
            }
        }
        return Optional.of(model);
    }

    static ExemplarSet exemplars(Path dir) {
        Map<Category, List<String>> byCategory = new EnumMap<>(Category.class);
        List<String> benign = new ArrayList<>();
        for (Path file : LexiconLoader.yamlFiles(dir)) {
            YamlNode root = YamlNode.load(file);
            root.allowOnly("category", "phrases");
            String id = root.string("category");
            List<String> phrases = root.strings("phrases");
            if (phrases.isEmpty()) throw root.error("no phrases");
            if (id.equals("benign")) {
                benign.addAll(phrases);
            } else {
                Category c = Category.byId(id).orElseThrow(() -> root.get("category").error("unknown category"));
                byCategory.computeIfAbsent(c, k -> new ArrayList<>()).addAll(phrases);
            }
        }
        return new ExemplarSet(byCategory, benign);
    }

    static CrisisResources crisis(Path file) {
        YamlNode root = YamlNode.load(file);
        root.allowOnly("district", "openings", "resources", "closing", "counsellors");
        YamlNode openingsNode = root.get("openings");
        Map<String, String> openings = new LinkedHashMap<>();
        for (String key : openingsNode.keys()) {
            if (!key.equals("default") && Category.byId(key).isEmpty()) {
                throw openingsNode.get(key).error("unknown category '" + key + "'");
            }
            openings.put(key, openingsNode.string(key));
        }
        if (!openings.containsKey("default")) throw openingsNode.error("openings need a 'default'");
        List<CrisisResources.Resource> resources = new ArrayList<>();
        for (YamlNode r : root.list("resources")) {
            r.allowOnly("name", "contact", "available", "categories");
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (YamlNode c : r.listOrEmpty("categories")) {
                categories.add(Category.byId(c.text()).orElseThrow(() -> c.error("unknown category")));
            }
            resources.add(new CrisisResources.Resource(r.string("name"), r.string("contact"),
                    r.string("available", ""), categories));
        }
        if (resources.isEmpty()) throw root.get("resources").error("at least one crisis resource is required");
        return new CrisisResources(root.string("district"), openings, resources, root.string("closing"),
                root.strings("counsellors"));
    }

    static TerminologyRegistry terminology(Path dir) {
        List<Concept> concepts = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path file : LexiconLoader.yamlFiles(dir)) {
            YamlNode root = YamlNode.load(file);
            root.allowOnly("subject", "grades", "concepts");
            String subject = root.string("subject");
            YamlNode grades = root.get("grades").allowOnly("from", "to");
            int from = grades.integer("from", 0, 12);
            int to = grades.integer("to", from, 12);
            for (YamlNode c : root.list("concepts")) {
                c.allowOnly("id", "term", "definition", "avoid", "grades");
                String id = c.string("id");
                if (!ids.add(subject + "/" + id)) throw c.get("id").error("duplicate concept id '" + id + "'");
                int cFrom = c.find("grades").map(g -> g.integer("from", 0, 12)).orElse(from);
                int cTo = c.find("grades").map(g -> g.integer("to", 0, 12)).orElse(to);
                String term = c.string("term");
                List<String> avoid = c.strings("avoid");
                for (String a : avoid) {
                    if (Pattern.compile("\\b" + Pattern.quote(a) + "\\b", Pattern.CASE_INSENSITIVE).matcher(term).find()) {
                        throw c.get("avoid").error("the synonym '" + a + "' is part of the term itself");
                    }
                }
                concepts.add(new Concept(id, subject, cFrom, cTo, term, c.string("definition"), avoid));
            }
        }
        return new TerminologyRegistry(concepts);
    }
}
