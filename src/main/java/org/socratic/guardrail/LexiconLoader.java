package org.socratic.guardrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.socratic.config.YamlNode;

/**
 * Reads {@code guardrails/lexicons/*.yml} (one category per file: terms, patterns, negation cues, context cues) and
 * {@code guardrails/idioms.yml}. Terms are literal and word-bounded; patterns are regular expressions over the
 * lower-case normalised text.
 */
final class LexiconLoader {
    private LexiconLoader() {}

    static List<Lexicon> loadAll(Path dir, GuardrailPolicy policy) {
        List<Lexicon> out = new ArrayList<>();
        for (Path file : yamlFiles(dir)) out.add(read(YamlNode.load(file), policy));
        return out;
    }

    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon read(YamlNode root, GuardrailPolicy policy) {
        root.allowOnly("category", "always", "negation", "negation_window", "context", "overrides", "terms", "patterns");
        boolean always = root.bool("always", false);
        YamlNode categoryNode = root.get("category");
        Category category = Category.byId(categoryNode.text())
                .orElseThrow(() -> categoryNode.error("unknown category '" + categoryNode.text() + "'"));
        List<String> cues = root.strings("negation");
        Optional<Pattern> negation = cues.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                String.join("|", cues.stream().map(LexiconEntry::termRegex).toList())));
        List<Pattern> context = new ArrayList<>();
        for (YamlNode n : root.listOrEmpty("context")) context.add(regex(n, n.text()));
        List<LexiconEntry> entries = new ArrayList<>();
        collect(entries, root.listOrEmpty("terms"), "term", true, always);
        collect(entries, root.listOrEmpty("patterns"), "pattern", false, always);
        if (entries.isEmpty()) throw root.error("a lexicon needs terms or patterns");
        java.util.Set<Category> overrides = java.util.EnumSet.noneOf(Category.class);
        for (YamlNode n : root.listOrEmpty("overrides")) {
            overrides.add(Category.byId(n.text()).orElseThrow(() -> n.error("unknown category '" + n.text() + "'")));
        }
        return new Lexicon(category, policy.rule(category).severity(), entries,
                negation, root.integer("negation_window", 1, 10, 3), context, overrides);
    }

    /**
     * An entry whose first letters can be read ({@link WordStarts}) stays on its own, so it is only run on texts with
     * a word beginning so; the others are grouped by (severity, always) into one regular expression per group.
     */
    private static void collect(List<LexiconEntry> out, List<YamlNode> nodes, String key, boolean literal,
            boolean alwaysByDefault) {
        record Key(Optional<Severity> severity, boolean always) {}
        var groups = new java.util.LinkedHashMap<Key, List<String>>();
        var literals = new java.util.LinkedHashMap<Key, List<String>>();
        for (YamlNode n : nodes) {
            String text;
            Optional<Severity> severity = Optional.empty();
            boolean always = alwaysByDefault;
            if (n.isScalar()) {
                text = n.text();
            } else {
                n.allowOnly(key, "severity", "always");
                text = n.string(key);
                severity = n.find("severity").map(PolicyLoader::severity);
                always = n.bool("always", alwaysByDefault);
            }
            String regex = literal ? LexiconEntry.termRegex(text) : LexiconEntry.atWordStart(text);
            Pattern compiled = regex(n, regex);
            Optional<java.util.Set<String>> starts = WordStarts.required(regex);
            if (starts.isPresent()) {
                Optional<Pattern> compact = literal && !text.contains("*")
                        ? LexiconEntry.compactTerms(List.of(text)) : Optional.empty();
                out.add(new LexiconEntry(compiled, severity, always, compact, starts));
                continue;
            }
            groups.computeIfAbsent(new Key(severity, always), k -> new ArrayList<>()).add(regex);
            if (literal && !text.contains("*")) literals.computeIfAbsent(new Key(severity, always), k -> new ArrayList<>()).add(text);
        }
        groups.forEach((k, regexes) -> out.add(new LexiconEntry(LexiconEntry.compile(regexes), k.severity(),
                k.always(), LexiconEntry.compactTerms(literals.getOrDefault(k, List.of())), Optional.empty())));
    }

    static Pattern regex(YamlNode node, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw node.error("not a valid regular expression: " + e.getDescription());
        }
    }

    static Idioms idioms(Path file) {
        if (!Files.exists(file)) return Idioms.none();
        YamlNode root = YamlNode.load(file);
        root.allowOnly("idioms");
        List<Pattern> patterns = new ArrayList<>();
        for (YamlNode n : root.list("idioms")) {
            n.allowOnly("pattern", "why");
            n.string("why");
            patterns.add(regex(n, n.string("pattern")));
        }
        return new Idioms(patterns);
    }
}
