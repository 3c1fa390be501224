package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms and patterns of one category with their context rules: a negation cue shortly before a term cancels it
 * ("I would never hurt myself"), and a context cue anywhere in the text cancels the terms not marked {@code always}
 * (a question about a war, a health-class question about alcohol). Terms without their own severity have the
 * category's {@code base} severity from the policy. When this lexicon matches, the findings of the categories it
 * {@code overrides} are dropped unless they are critical: "I want to kill myself" is self-harm, not violence.
 */
record Lexicon(Category category, Severity base, List<LexiconEntry> entries, Optional<Pattern> negation, int negationWindow,
        List<Pattern> suppressWhen, Set<Category> overrides) {
    Lexicon {
        entries = List.copyOf(entries);
        suppressWhen = List.copyOf(suppressWhen);
        overrides = Set.copyOf(overrides);
    }

    /** The finding for this category in the given (idiom-masked) variants, if any. */
    Optional<Finding> scan(List<String> variants) {
        return scan(variants, variants.stream().map(WordStarts::of).toList(), Optional.empty());
    }

    /**
     * As above, given each variant's {@link WordStarts} keys; {@code compact} is a spelled-out text's letters run
     * together, searched for the long terms.
     */
    Optional<Finding> scan(List<String> variants, List<Set<String>> starts, Optional<String> compact) {
        boolean suppressed = suppressWhen.stream().anyMatch(p -> variants.stream().anyMatch(v -> p.matcher(v).find()));
        Set<String> matched = new LinkedHashSet<>();
        Severity severity = Severity.NONE;
        for (LexiconEntry entry : entries) {
            if (suppressed && !entry.always()) continue;
            Optional<String> hit = firstHit(entry, variants, starts);
            if (hit.isEmpty() && compact.isPresent() && entry.compact().isPresent()) {
                Matcher m = entry.compact().get().matcher(compact.get());
                if (m.find()) hit = Optional.of(m.group());
            }
            if (hit.isEmpty()) continue;
            matched.add(hit.get());
            severity = severity.highest(entry.severity().orElse(base));
        }
        if (matched.isEmpty()) return Optional.empty();
        String reason = category.id() + ": '" + String.join("', '", matched) + "'";
        return Optional.of(Finding.of(category, severity, 1.0, reason));
    }

    private Optional<String> firstHit(LexiconEntry entry, List<String> variants, List<Set<String>> starts) {
        for (int i = 0; i < variants.size(); i++) {
            if (!entry.mayMatch(starts.get(i))) continue;
            String variant = variants.get(i);
            Matcher m = entry.pattern().matcher(variant);
            while (m.find()) {
                if (!negated(variant, m.start())) return Optional.of(m.group().trim());
            }
        }
        return Optional.empty();
    }

    private boolean negated(String text, int start) {
        if (negation.isEmpty()) return false;
        int from = start;
        int words = 0;
        // Walk back over at most negationWindow words, stopping at the start of the clause.
        while (from > 0 && words <= negationWindow) {
            char c = text.charAt(from - 1);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ',') break;
            if (c == ' ') words++;
            from--;
        }
        String before = text.substring(from, start);
        return negation.get().matcher(before).find();
    }

    static List<Pattern> compileAll(List<String> regexes) {
        List<Pattern> out = new ArrayList<>();
        for (String r : regexes) out.add(Pattern.compile(r));
        return out;
    }
}
