package org.socratic.grading;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a quote a model gives as evidence is really in the student's explanation. Differences a quote may have
 * without being invented are forgiven: case, spacing, typographic quotes and dashes, surrounding quote marks and end
 * punctuation, and an elision ("..." between two fragments that appear in that order). Anything else is not there.
 */
final class EvidenceQuote {
    /** Shorter than this, a "quote" (a digit, a word like "so") proves nothing. */
    static final int MIN_CHARACTERS = 3;

    private EvidenceQuote() {}

    static boolean appearsIn(String quote, String text) {
        String haystack = normalise(text);
        String needle = normalise(quote).replaceAll("^[\"'`]+|[\"'`]+$", "").replaceAll("[.,;:!?\"']+$", "").strip();
        if (needle.replace(" ", "").length() < MIN_CHARACTERS) return false;
        int from = 0;
        for (String fragment : needle.split("\\.\\.\\.")) {
            String part = fragment.strip();
            if (part.isEmpty()) continue;
            int at = haystack.indexOf(part, from);
            if (at < 0) return false;
            from = at + part.length();
        }
        return true;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .replace("\u2026", "...")
                .replaceAll("\\s+", " ").strip();
    }
}
