package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A term or pattern of one lexicon, or a group of them that share a severity and a context rule compiled into one
 * regular expression over the normalised text. An entry whose matches must begin with known letters carries them as
 * {@code starts}, and is only searched for in texts that have a word beginning so.
 *
 * @param always true when a context cue (an academic question) must not cancel a match: a threat is a threat
 *               even in a history lesson
 */
record LexiconEntry(Pattern pattern, Optional<Severity> severity, boolean always, Optional<Pattern> compact,
        Optional<Set<String>> starts) {
    LexiconEntry {
        starts = starts.map(Set::copyOf);
    }

    /** False when no word of the text begins as a match of this entry must ({@link WordStarts}). */
    boolean mayMatch(Set<String> textStarts) {
        if (starts.isEmpty()) return true;
        for (String key : starts.get()) if (textStarts.contains(key)) return true;
        return false;
    }

    /** Terms this long (letters only) are also looked for in a spelled-out text's letters run together. */
    static final int COMPACT_MIN_LETTERS = 7;

    static Optional<Pattern> compactTerms(List<String> terms) {
        List<String> letters = terms.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))
                .filter(t -> t.length() >= COMPACT_MIN_LETTERS).map(Pattern::quote).toList();
        return letters.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(String.join("|", letters)));
    }

    /**
     * Word-bounded regex for a literal term: words may be run together or split by - _ . ; {@code *} is a suffix;
     * a letter may be repeated ("kiiill"), a doubled letter in a longer word may be single ("kil"), and "myself" may
     * be written "my self".
     */
    static String termRegex(String term) {
        String[] words = term.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder("(?<![a-z])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) out.append("[\\s\\-_.]*");
            String word = words[i];
            boolean wildcard = word.endsWith("*");
            if (wildcard) word = word.substring(0, word.length() - 1);
            out.append(wordRegex(word));
            if (wildcard) out.append("[a-z]*");
        }
        return out.append("(?![a-z])").toString();
    }

    private static String wordRegex(String word) {
        java.util.regex.Matcher self = Pattern.compile("^(my|your|him|her|them|our|it)(self|selves)$").matcher(word);
        if (self.matches()) return letters(self.group(1), false) + "[\\s\\-_.]*" + letters(self.group(2), false);
        return letters(word, word.length() >= 4);
    }

    private static String letters(String word, boolean doubledMayBeSingle) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && word.charAt(i + run) == c) run++;
            if (c >= 'a' && c <= 'z') {
                out.append(c);
                if (run >= 2 && !doubledMayBeSingle) out.append(c);
                out.append('+');
            } else if (c == '\'') {
                out.append("'?");
            } else {
                out.append(Pattern.quote(String.valueOf(c).repeat(run)));
            }
            i += run;
        }
        return out.toString();
    }

    /**
     * A pattern that begins with a word is only tried where a word begins: the look-behind fails at once inside a
     * word, which makes the lexicons several times faster without changing what they match.
     */
    static String atWordStart(String regex) {
        if (regex.isEmpty()) return regex;
        char first = regex.charAt(0);
        boolean wordish = Character.isLetter(first) || (first == '(' && !regex.startsWith("(?<") && !regex.startsWith("(?="));
        return wordish ? "(?<![a-z0-9])(?:" + regex + ")" : regex;
    }

    static Pattern compile(List<String> regexes) {
        return Pattern.compile(String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList()));
    }
}
