package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a word begins, as a key that lets the lexicons skip regular expressions that cannot match a text: a lexicon
 * term or pattern that matches only at the start of a word, and whose first letters are fixed, cannot match a text
 * in which no word begins with those letters. A key is a word's first letter, or its first two different letters
 * ("kill", "kkill" and "kiill" all begin "ki"), which is how terms with repeated letters are written.
 *
 * <p>With about a thousand terms and patterns, the regular expressions were most of the guardrail's cost; a message
 * of ten words has some twenty keys, and only the expressions that share one are run. Reading the keys of an
 * expression is conservative: whatever it cannot read with certainty (an optional first letter, a character class,
 * a look-around) makes the expression one that always runs.
 *
 * <p>The {@link Index} also says where those words begin, so an expression with keys is tried only there rather than
 * at every character: in a long pasted text every key is present, and searching a thousand expressions through it
 * character by character cost about 200 ms for 3 KB.
 */
final class WordStarts {
    private static final String AFTER_LETTER = "(?<![a-z])";
    private static final String AFTER_WORD_CHAR = "(?<![a-z0-9])";

    private WordStarts() {}

    /**
     * Where the words of a text begin, by key: every word start (a letter a-z not preceded by one) under its first
     * letter and its first two different letters.
     */
    record Index(Map<String, int[]> at) {
        Set<String> keys() {
            return at.keySet();
        }

        /** The positions, in ascending order, where a word begins with one of {@code keys}. */
        int[] positions(Set<String> keys) {
            int[] out = new int[0];
            for (String key : keys) {
                int[] p = at.get(key);
                if (p == null) continue;
                int[] merged = Arrays.copyOf(out, out.length + p.length);
                System.arraycopy(p, 0, merged, out.length, p.length);
                out = merged;
            }
            Arrays.sort(out);
            return Arrays.stream(out).distinct().toArray();
        }
    }

    static Index index(String text) {
        Map<String, List<Integer>> at = new HashMap<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!letter(c) || (i > 0 && letter(text.charAt(i - 1)))) continue;
            at.computeIfAbsent(String.valueOf(c), k -> new ArrayList<>()).add(i);
            int j = i + 1;
            while (j < n && text.charAt(j) == c) j++;
            if (j < n && letter(text.charAt(j))) at.computeIfAbsent("" + c + text.charAt(j), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new HashMap<>();
        at.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new Index(out);
    }

    /**
     * The keys of which every match of this expression begins with one, when they can be read from it: it must
     * begin with a look-behind that puts the match at a word start, then letters or groups of alternatives.
     */
    static Optional<Set<String>> required(String regex) {
        String body;
        if (regex.startsWith(AFTER_LETTER)) body = regex.substring(AFTER_LETTER.length());
        else if (regex.startsWith(AFTER_WORD_CHAR)) body = regex.substring(AFTER_WORD_CHAR.length());
        else return Optional.empty();
        // "(?<![a-z])a|b": the look-behind binds to the first alternative only, so b may match inside a word.
        if (branches(body).size() > 1) return Optional.empty();
        return sequence(body);
    }

    /** The keys of a sequence (no top-level alternation), or empty when they cannot be read. */
    private static Optional<Set<String>> sequence(String s) {
        if (s.isEmpty()) return Optional.empty();
        char first = s.charAt(0);
        if (first == '(') {
            int close = closing(s);
            if (close < 0 || optional(s, close + 1)) return Optional.empty();
            String inner = s.substring(1, close);
            if (inner.startsWith("?:")) inner = inner.substring(2);
            else if (inner.startsWith("?")) return Optional.empty();  // a look-around or flags
            Set<String> keys = new HashSet<>();
            for (String branch : branches(inner)) {
                Optional<Set<String>> k = sequence(branch);
                if (k.isEmpty()) return Optional.empty();
                // A one-letter key stays true whatever follows the group; a two-letter key was read inside the branch.
                keys.addAll(k.get());
            }
            return Optional.of(keys);
        }
        if (!letter(first) || optional(s, 1)) return Optional.empty();
        int i = 1;
        if (i < s.length() && s.charAt(i) == '+') i++;
        // Further copies of the first letter ("ll+" is "l" then at least one more "l").
        while (i < s.length() && s.charAt(i) == first && !optional(s, i + 1)) {
            i++;
            if (i < s.length() && s.charAt(i) == '+') i++;
        }
        if (i < s.length() && letter(s.charAt(i)) && s.charAt(i) != first && !optional(s, i + 1)) {
            return Optional.of(Set.of("" + first + s.charAt(i)));
        }
        return Optional.of(Set.of(String.valueOf(first)));
    }

    /** True when the element ending before {@code at} may be absent (followed by ?, * or a {...} count). */
    private static boolean optional(String s, int at) {
        if (at >= s.length()) return false;
        char q = s.charAt(at);
        return q == '?' || q == '*' || q == '{';
    }

    /** The top-level alternatives of an expression. */
    private static java.util.List<String> branches(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int[] start = {0};
        structure(s, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                out.add(s.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        out.add(s.substring(start[0]));
        return out;
    }

    /** The index of the parenthesis closing the one that opens the expression, or -1. */
    private static int closing(String s) {
        return structure(s, (i, c, depth) -> c == ')' && depth == 0);
    }

    /** Sees an unescaped character outside a character class, with the group depth after it; true stops the walk. */
    private interface Visitor {
        boolean visit(int index, char c, int depth);
    }

    /** Walks the expression's structure; the index where the visitor stopped, or -1. */
    private static int structure(String s, Visitor visitor) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            if (visitor.visit(i, c, depth)) return i;
        }
        return -1;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
