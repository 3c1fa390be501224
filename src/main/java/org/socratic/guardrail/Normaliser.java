package org.socratic.guardrail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the tricks children (and attackers) use to slip words past a filter. Pure and allocation-light: it runs on
 * every message before any other layer.
 */
public final class Normaliser {
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATED_LETTERS = Pattern.compile("^[a-z](?:[-._*][a-z]){2,}$");
    private static final Pattern LONG_RUN = Pattern.compile("([a-z])\\1{2,}");
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes();
    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's', '!', 'i', '|', 'l');

    private Normaliser() {}

    public static NormalisedText normalise(String text) {
        String folded = fold(text);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(folded);
        String decoded = decodeLeet(folded);
        variants.add(decoded);
        String joined = joinSpacedLetters(decoded);
        variants.add(joined);
        if (LONG_RUN.matcher(joined).find()) {
            variants.add(LONG_RUN.matcher(joined).replaceAll("$1"));
            variants.add(LONG_RUN.matcher(joined).replaceAll("$1$1"));
        }
        return new NormalisedText(text, folded, new ArrayList<>(variants));
    }

    /** Compatibility forms, format characters, accents, look-alike letters, case, quotes and spacing. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = FORMAT_CHARS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character plain = LOOK_ALIKES.get(c);
            out.append(plain == null ? c : plain);
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /** Decodes leetspeak inside words that have at least one letter ("k1ll", "$h!t"), leaving numbers alone. */
    static String decodeLeet(String folded) {
        String[] tokens = folded.split(" ");
        StringBuilder out = new StringBuilder(folded.length());
        for (String token : tokens) {
            if (!out.isEmpty()) out.append(' ');
            out.append(decodeToken(token));
        }
        return out.toString();
    }

    private static String decodeToken(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && isEdgePunctuation(token.charAt(start))) start++;
        while (end > start && (isEdgePunctuation(token.charAt(end - 1)) || token.charAt(end - 1) == '!')) end--;
        boolean letter = false;
        boolean leet = false;
        for (int i = start; i < end; i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') letter = true;
            else if (LEET.containsKey(c)) leet = true;
        }
        if (!letter || !leet) return token;
        StringBuilder out = new StringBuilder(token.length());
        out.append(token, 0, start);
        for (int i = start; i < end; i++) {
            char c = token.charAt(i);
            out.append(LEET.getOrDefault(c, c));
        }
        out.append(token, end, token.length());
        return out.toString();
    }

    private static boolean isEdgePunctuation(char c) {
        return c == '.' || c == ',' || c == '?' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '('
                || c == ')';
    }

    /** Joins "k i l l" and "k-i-l-l" into "kill": runs of three or more single letters. */
    static String joinSpacedLetters(String text) {
        String[] tokens = text.split(" ");
        List<String> out = new ArrayList<>(tokens.length);
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (String token : tokens) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                run.append(token);
                runLength++;
                continue;
            }
            flush(out, run, runLength);
            runLength = 0;
            out.add(SEPARATED_LETTERS.matcher(token).matches() ? token.replaceAll("[-._*]", "") : token);
        }
        flush(out, run, runLength);
        return String.join(" ", out);
    }

    private static void flush(List<String> out, StringBuilder run, int runLength) {
        if (runLength == 0) return;
        if (runLength >= 3) {
            out.add(run.toString());
        } else {
            for (int i = 0; i < run.length(); i++) out.add(String.valueOf(run.charAt(i)));
        }
        run.setLength(0);
    }

    private static Map<Character, Character> lookAlikes() {
        // Cyrillic and Greek letters that look like Latin ones, and a few other lookalikes NFKC leaves alone.
        String from = "авекмнорстухіјѕԁɡӏαβεικνορτυχωıѵ";
        String to = "abekmhopctyxijsdglabeiknoptuxwiv";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) map.put(from.charAt(i), to.charAt(i));
        return Map.copyOf(map);
    }
}
