package org.socratic.guardrail;

import java.text.Normalizer;
import java.util.Map;

/**
 * A text with compatibility forms folded (full-width digits), invisible format characters removed and look-alike
 * letters mapped to Latin, keeping for every character where it came from, so that a span found in the cleaned text
 * can be redacted in the original.
 */
record CleanedText(String text, int[] from, int[] to) {
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('х', 'x'), Map.entry('у', 'y'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ι', 'i'), Map.entry('ν', 'v'),
            Map.entry('А', 'A'), Map.entry('Е', 'E'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'),
            Map.entry('Х', 'X'), Map.entry('М', 'M'), Map.entry('Т', 'T'), Map.entry('Н', 'H'), Map.entry('К', 'K'));

    static CleanedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() * 2 + 4];
        int[] to = new int[original.length() * 2 + 4];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.getType(cp) != Character.FORMAT) {
                String piece = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                for (int k = 0; k < piece.length(); k++) {
                    char c = piece.charAt(k);
                    if (out.length() >= from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                        to = java.util.Arrays.copyOf(to, to.length * 2);
                    }
                    from[out.length()] = i;
                    to[out.length()] = next;
                    out.append(LOOK_ALIKES.getOrDefault(c, c));
                }
            }
            i = next;
        }
        return new CleanedText(out.toString(), from, to);
    }

    /** The span of the original text that produced cleaned characters {@code [start, end)}. */
    Span toOriginal(int start, int end, String replacement) {
        return new Span(from[start], to[end - 1], replacement);
    }
}
