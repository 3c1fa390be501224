package org.socratic.guardrail.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordHasherTest {
    private final WordHasher hasher = new WordHasher(18);

    @Test
    void the_same_text_always_gives_the_same_sorted_distinct_buckets() {
        int[] a = hasher.hash("i want to disappear");
        assertArrayEquals(a, new WordHasher(18).hash("i want to disappear"), "fixed hash: a model scores alike everywhere");
        assertArrayEquals(Arrays.stream(a).sorted().distinct().toArray(), a);
        assertTrue(Arrays.stream(a).allMatch(b -> b >= 0 && b < 1 << 18));
    }

    @Test
    void words_pairs_and_trigrams_are_all_features() {
        // 4 words, 5 pairs (with the start and end), and the trigrams of "<i>", "<want>", "<to>", "<disappear>".
        int expectedAtMost = 4 + 5 + 1 + 4 + 2 + 9;
        int[] buckets = hasher.hash("i want to disappear");
        assertTrue(buckets.length > 15 && buckets.length <= expectedAtMost, Arrays.toString(buckets));
        assertEquals(0, hasher.hash("  ...  ").length, "no words, no features");
    }

    @Test
    void a_misspelling_shares_most_trigrams_with_the_word() {
        int[] word = hasher.hash("abused");
        int[] misspelt = hasher.hash("abuzed");
        long shared = Arrays.stream(misspelt).filter(b -> Arrays.binarySearch(word, b) >= 0).count();
        assertTrue(shared >= 2, "<ab and abu are shared: " + shared);
        assertNotEquals(Arrays.toString(word), Arrays.toString(misspelt));
    }

    @Test
    void phrases_name_the_words_and_pairs_with_their_buckets() {
        List<WordHasher.Phrase> phrases = hasher.phrases("don't wake up");
        assertEquals(List.of("dont", "wake", "dont wake", "up", "wake up"),
                phrases.stream().map(WordHasher.Phrase::text).toList());
        int[] all = hasher.hash("don't wake up");
        assertTrue(phrases.stream().allMatch(p -> Arrays.binarySearch(all, p.bucket()) >= 0));
    }

    @Test
    void every_first_name_reads_as_the_same_token_without_its_letters() {
        WordHasher named = new WordHasher(18, java.util.Set.of("liam", "maya"));
        assertArrayEquals(named.hash("tell liam to stop"), named.hash("tell maya to stop"));
        assertArrayEquals(named.hash("tell liam to stop"), named.hash("Tell Liam to stop".toLowerCase()));
        assertNotEquals(Arrays.toString(named.hash("tell liam to stop")), Arrays.toString(named.hash("tell noah to stop")));
        assertTrue(named.hash("liam").length < hasher.hash("liam").length, "no trigrams for a name");
        assertEquals(List.of("tell", WordHasher.NAME, "tell " + WordHasher.NAME),
                named.phrases("tell liam").stream().map(WordHasher.Phrase::text).toList());
        assertThrows(IllegalArgumentException.class, () -> new WordHasher(18, java.util.Set.of("Liam")));
    }

    @Test
    void bits_outside_the_supported_range_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new WordHasher(4));
        assertThrows(IllegalArgumentException.class, () -> new WordHasher(30));
    }
}
