package org.socratic.guardrail.classifier;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain text into the indices of its words, word pairs and the letter trigrams inside each word, hashed into
 * {@code 2^bits} buckets. The words carry what a phrase says ("want to die"); the trigrams let a misspelt or
 * inflected word ("abuzed", "starving") share weight with the word it resembles. The hash is fixed (FNV-1a), so a
 * model trained on one machine scores the same everywhere.
 *
 * <p>A first name is read as {@link #NAME}, one token for every name: the labelled sets name the same few children in
 * their bullying lines, and a model that learned "liam" as bullying would suspect every message about a real Liam.
 */
public final class WordHasher {
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    /** What a first name reads as (the brackets keep it apart from every word the text can hold). */
    public static final String NAME = "[name]";
    private final int bits;
    private final Set<String> names;

    public WordHasher(int bits) {
        this(bits, Set.of());
    }

    /** {@code names}: lower-case first names, each read as {@link #NAME}. */
    public WordHasher(int bits, Set<String> names) {
        if (bits < 8 || bits > 24) throw new IllegalArgumentException("hash bits must be 8 to 24, got " + bits);
        for (String n : names) {
            if (!n.matches("[a-z]{2,30}")) throw new IllegalArgumentException("a name is 2 to 30 letters a-z, got '" + n + "'");
        }
        this.bits = bits;
        this.names = Set.copyOf(names);
    }

    public int bits() {
        return bits;
    }

    /** The first names read as {@link #NAME}. */
    public Set<String> names() {
        return names;
    }

    private String token(String word) {
        return names.contains(word) ? NAME : word;
    }

    /** The sorted, distinct bucket indices of {@code plain} (lower case, disguises already undone). */
    public int[] hash(String plain) {
        int[] out = new int[64];
        int n = 0;
        Matcher m = WORD.matcher(plain);
        String previous = "^";
        while (m.find()) {
            String word = token(m.group().replace("'", ""));
            if (word.isEmpty()) continue;
            out = room(out, n, 3 + word.length());
            out[n++] = bucket('w', word, "");
            out[n++] = bucket('b', previous, word);
            if (!word.equals(NAME)) { // a name's letters say nothing
                String padded = "<" + word + ">";
                for (int i = 0; i + 3 <= padded.length(); i++) out[n++] = bucket('t', padded.substring(i, i + 3), "");
            }
            previous = word;
        }
        if (!previous.equals("^")) {
            out = room(out, n, 1);
            out[n++] = bucket('b', previous, "$");
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** A word or word pair of a text and its bucket: what {@link LinearClassifier#explain} names. */
    public record Phrase(String text, int bucket) {}

    /** The words and word pairs of {@code plain} with their buckets (the letter trigrams are left out). */
    public java.util.List<Phrase> phrases(String plain) {
        java.util.List<Phrase> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(plain);
        String previous = "^";
        while (m.find()) {
            String word = token(m.group().replace("'", ""));
            if (word.isEmpty()) continue;
            out.add(new Phrase(word, bucket('w', word, "")));
            if (!previous.equals("^")) out.add(new Phrase(previous + " " + word, bucket('b', previous, word)));
            previous = word;
        }
        return out;
    }

    private static int[] room(int[] a, int used, int more) {
        return used + more <= a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, used + more));
    }

    private int bucket(char kind, String a, String b) {
        int h = 0x811c9dc5;
        h = (h ^ kind) * 0x01000193;
        for (int i = 0; i < a.length(); i++) h = (h ^ a.charAt(i)) * 0x01000193;
        h = (h ^ ' ') * 0x01000193;
        for (int i = 0; i < b.length(); i++) h = (h ^ b.charAt(i)) * 0x01000193;
        h ^= h >>> 16; // FNV's high bits mix poorly on short strings: finish as murmur3 does
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h >>> (32 - bits);
    }
}
