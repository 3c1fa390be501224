package org.socratic.content;

import java.text.Normalizer;
import java.util.Map;

/**
 * Brings typed maths to plain ASCII before it is read: Unicode minus signs and dashes, multiplication and division
 * signs, superscript powers, vulgar fractions, comparison signs and odd spaces. It does not parse anything.
 */
final class MathText {
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("\u2212", "-"), Map.entry("\u2013", "-"), Map.entry("\u2014", "-"), Map.entry("\u2010", "-"),
            Map.entry("\u00d7", "*"), Map.entry("\u22c5", "*"), Map.entry("\u00b7", "*"), Map.entry("\u2219", "*"),
            Map.entry("\u00f7", "/"), Map.entry("\u2215", "/"), Map.entry("\u2044", "/"),
            Map.entry("\u2264", "<="), Map.entry("\u2265", ">="), Map.entry("\u2266", "<="), Map.entry("\u2267", ">="),
            Map.entry("\u00bd", " 1/2"), Map.entry("\u2153", " 1/3"), Map.entry("\u2154", " 2/3"),
            Map.entry("\u00bc", " 1/4"), Map.entry("\u00be", " 3/4"), Map.entry("\u2155", " 1/5"),
            Map.entry("\u2156", " 2/5"), Map.entry("\u2157", " 3/5"), Map.entry("\u2158", " 4/5"),
            Map.entry("\u2159", " 1/6"), Map.entry("\u215a", " 5/6"), Map.entry("\u215b", " 1/8"),
            Map.entry("\u215c", " 3/8"), Map.entry("\u215d", " 5/8"), Map.entry("\u215e", " 7/8"),
            Map.entry("\u00b2", "^2"), Map.entry("\u00b3", "^3"), Map.entry("\u00b9", "^1"), Map.entry("\u2070", "^0"),
            Map.entry("\u2074", "^4"), Map.entry("\u2075", "^5"), Map.entry("\u2076", "^6"), Map.entry("\u2077", "^7"),
            Map.entry("\u2078", "^8"), Map.entry("\u2079", "^9"), Map.entry("\u00a0", " "), Map.entry("\u2009", " "),
            Map.entry("\u202f", " "), Map.entry("\u3000", " "), Map.entry("\u221a", "sqrt"));

    private MathText() {}

    /** Plain ASCII maths with single spaces; never null. Superscript minus before digits becomes {@code ^-}. */
    static String plain(String typed) {
        if (typed == null) return "";
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\u207b", "^-");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            out.append(REPLACEMENTS.getOrDefault(s, s));
        });
        // "x^-^2" can appear when a superscript minus was followed by superscript digits.
        return out.toString().replace("^-^", "^-").replaceAll("\\s+", " ").trim();
    }
}
