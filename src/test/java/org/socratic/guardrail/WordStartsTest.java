package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordStartsTest {
    @Test
    void a_text_has_the_first_letter_and_first_two_different_letters_of_each_word() {
        assertEquals(expected("i", "k", "ki", "m", "my"), WordStarts.index("i kkkill myself").keys());
        // A digit before a word does not hide its start (terms only need no letter before them).
        assertEquals(expected("k", "ki", "m", "me"), WordStarts.index("2kill me").keys());
        assertEquals(Set.of(), WordStarts.index("42 + 7 = ?").keys());
        // ... and where those words begin, in order, each once
        assertArrayEquals(new int[] {2, 13}, WordStarts.index("i kkkill me, kim").positions(Set.of("k", "ki")));
    }

    private static Set<String> expected(String... keys) {
        return Set.of(keys);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        // terms, as LexiconEntry.termRegex writes them
        "(?<![a-z])k+i+l+l+[\\s\\-_.]*m+y+[\\s\\-_.]*s+e+l+f+(?![a-z]) => ki",
        "(?<![a-z])c+a+n+'?t+(?![a-z]) => ca",
        "(?<![a-z])u+[\\s\\-_.]*r+(?![a-z]) => u",
        "(?<![a-z])a+ll+(?![a-z]) => al",
        // patterns, as LexiconEntry.atWordStart wraps them
        "(?<![a-z0-9])(?:(love|like|want) (to see )?him) => lo li wa",
        "(?<![a-z0-9])(?:(a|an) apple) => a an",
        "(?<![a-z0-9])(?:deserves? to die) => de",
        "(?<![a-z0-9])(?:ab?c) => a",
        "(?<![a-z0-9])(?:(i|we)('d| had) better) => i we",
        "(?<![a-z0-9])(?:(take|took) (all|a bunch)|swallow(ed)? pills) => ta to sw",
    })
    void the_first_letters_of_an_expression_are_read_where_they_are_certain(String regex, String keys) {
        assertEquals(Optional.of(Set.of(keys.trim().split(" "))), WordStarts.required(regex.trim()));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "(?<![a-z0-9])(?:(just |please )*(tell|give) me)",
        "(?<![a-z0-9])(?:(really )?want to die)",
        "(?<![a-z0-9])(?:a?b)",
        "(?<![a-z0-9])(?:\\w+ deserves)",
        "(?<![a-z0-9])(?:[a-z]+ed)",
        "(?<![a-z0-9])(?:(?=x)xy)",
        "(?<![a-z0-9])(?:(|a)b)",
        "(?<![a-z0-9])(?:420|blaze)",
        "(?<![a-z])kill|murder",
        "\\bkill\\b",
        "kill",
    })
    void an_expression_whose_start_is_uncertain_is_always_run(String regex) {
        assertEquals(Optional.empty(), WordStarts.required(regex.trim()));
    }

    /**
     * The index only skips work: over every line of the labelled sets (disguises included), and over a run of forty
     * of them in every sixteen hundred as one long text, the lexicons find the same categories at the same severities
     * with it as without it.
     */
    @Test
    void the_lexicons_find_the_same_with_and_without_the_index() throws Exception {
        GuardrailConfig config = GuardrailConfigLoader.load(Path.of("guardrails"));
        List<Lexicon> unindexed = config.lexicons().stream().map(l -> new Lexicon(l.category(), l.base(),
                l.entries().stream().map(e -> new LexiconEntry(e.pattern(), e.severity(), e.always(), e.compact(),
                        Optional.empty())).toList(), l.negation(), l.negationWindow(), l.suppressWhen(), l.overrides()))
                .toList();
        assertTrue(config.lexicons().stream().flatMap(l -> l.entries().stream()).filter(e -> e.starts().isPresent())
                .count() > 100, "most terms and patterns are indexed");
        LexiconLayer indexed = new LexiconLayer(config.lexicons(), config.idioms());
        LexiconLayer plain = new LexiconLayer(unindexed, config.idioms());
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("eval"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        assertTrue(texts.size() > 1000, "the labelled sets are read");
        // Long pasted texts too, where every key is present and each pattern is tried only where its words begin.
        int lines = texts.size();
        for (int i = 0; i + 40 <= lines; i += 1600) texts.add(String.join(". ", texts.subList(i, i + 40)));
        // Thousands of lines, each through every unindexed pattern: on all cores.
        texts.parallelStream().forEach(text -> {
            for (Direction direction : Direction.values()) {
                Inspection inspection = Inspection.of(text, direction, GuardrailContext.empty());
                assertEquals(summary(plain.check(inspection)), summary(indexed.check(inspection)), text);
            }
        });
    }

    private static Set<String> summary(LayerResult result) {
        Set<String> out = new java.util.TreeSet<>();
        for (Finding f : result.findings()) out.add(f.category() + "/" + f.severity().map(Enum::name).orElse("-"));
        return out;
    }
}
