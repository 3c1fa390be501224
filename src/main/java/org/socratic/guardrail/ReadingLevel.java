package org.socratic.guardrail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of a text: 0.39 words per sentence + 11.8 syllables per word - 15.59. Only words made of
 * letters count, so the numbers and symbols of a maths explanation do not distort it. Syllables are estimated from
 * vowel groups, which is accurate to about one syllable in ten words: good enough for a margin of two grades.
 */
public record ReadingLevel(int words, int sentences, int syllables, double grade) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n\\s*\\n");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    public static ReadingLevel of(String text) {
        int words = 0;
        int syllables = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words++;
            syllables += syllables(w.group());
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(text.trim());
        while (s.find()) sentences++;
        if (sentences == 0 || !text.trim().matches("(?s).*[.!?]\\W*$")) sentences++;
        double grade = words == 0 ? 0 : 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return new ReadingLevel(words, sentences, syllables, Math.max(0, grade));
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'.*$", "");
        if (w.length() <= 3) return 1;
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWEL_GROUPS.matcher(w);
        int count = 0;
        while (m.find()) count++;
        return Math.max(1, count);
    }
}
