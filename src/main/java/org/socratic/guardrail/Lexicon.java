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
        return scan(variants, variants.stream().map(WordStarts::index).toList(), Optional.empty());
    }

    /**
     * As above, given each variant's {@link WordStarts.Index}; {@code compact} is a spelled-out text's letters run
     * together, searched for the long terms.
     */
    Optional<Finding> scan(List<String> variants, List<WordStarts.Index> starts, Optional<String> compact) {
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

    private Optional<String> firstHit(LexiconEntry entry, List<String> variants, List<WordStarts.Index> starts) {
        for (int i = 0; i < variants.size(); i++) {
            WordStarts.Index index = starts.get(i);
            if (!entry.mayMatch(index.keys())) continue;
            String variant = variants.get(i);
            Matcher m = entry.pattern().matcher(variant);
            Optional<String> hit = entry.starts().isPresent()
                    ? firstAtWordStarts(m, variant, index.positions(entry.starts().get()))
                    : firstFound(m, variant);
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    private Optional<String> firstFound(Matcher m, String variant) {
        while (m.find()) {
            if (!negated(variant, m.start())) return Optional.of(m.group().trim());
        }
        return Optional.empty();
    }

    /**
     * As {@link #firstFound}, for an entry whose every match begins at one of {@code positions}: tried there only, and
     * like {@link Matcher#find} never inside a match already passed over.
     */
    private Optional<String> firstAtWordStarts(Matcher m, String variant, int[] positions) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int resume = 0;
        for (int p : positions) {
            if (p < resume) continue;
            m.region(p, variant.length());
            if (!m.lookingAt()) continue;
            if (!negated(variant, m.start())) return Optional.of(m.group().trim());
            resume = m.end() > m.start() ? m.end() : m.start() + 1;
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
