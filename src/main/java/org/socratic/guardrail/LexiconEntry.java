package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A group of terms and patterns of one lexicon that share a severity and a context rule, compiled into one regular
 * expression over the normalised text.
 *
 * @param always true when context (negation, an academic question) must not cancel a match: a threat is a threat
 *               even in a history lesson
 */
record LexiconEntry(Pattern pattern, Optional<Severity> severity, boolean always) {
    /** Word-bounded regex for a literal term: words may be run together or split by - _ . ; {@code *} is a suffix. */
    static String termRegex(String term) {
        String[] words = term.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder("(?<![a-z])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) out.append("[\\s\\-_.]*");
            String word = words[i];
            boolean wildcard = word.endsWith("*");
            if (wildcard) word = word.substring(0, word.length() - 1);
            out.append(Pattern.quote(word).replace("'", "\\E'?\\Q"));
            if (wildcard) out.append("[a-z]*");
        }
        return out.append("(?![a-z])").toString();
    }

    static Pattern compile(List<String> regexes) {
        return Pattern.compile(String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList()));
    }
}
