package org.socratic.guardrail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTest {
    @ParameterizedTest(name = "''{0}'' is seen as ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "ｋｉｌｌ myself | kill myself",                // full-width compatibility forms
        "k\u200Bi\u200Bl\u200Bl myself | kill myself",  // zero-width spaces
        "kіll myself | kill myself",                    // Cyrillic i
        "KÏLL MYSELF | kill myself",                    // accents and case
        "k1ll mys3lf | kill myself",                    // leetspeak
        "$h!t | shit",                                  // leetspeak with symbols
        "k i l l myself | kill myself",                 // spaced out
        "k.i.l.l myself | kill myself",                 // dotted out
        "kiiiiill myself | kill myself",                // repeated letters
        "killllll myself | kill myself",                // repeated letters, double letter in the word
        "ｓｅｌｆ－ｈａｒｍ | self-harm",
        "where do i get a g u n | a gun",               // spelled out after an article
        "ΚΙLL ΜΥSΕLF | kill myself",                    // capital Greek look-alikes
        "НЕLР | help",                                  // capital Cyrillic look-alikes
        "gonna 👊 him | punch him",                     // a fist stands for a punch
        "im gona do it | going to do it",               // text-speak
    })
    void oneOfTheVariantsShowsThePlainWord(String input, String expected) {
        NormalisedText text = Normaliser.normalise(input);
        assertTrue(text.variants().stream().anyMatch(v -> v.contains(expected)),
                () -> input + " -> " + text.variants());
    }

    @ParameterizedTest(name = "numbers stay numbers: ''{0}''")
    @CsvSource(delimiter = '|', value = {"2,000 | 2,000", "3.5 hours | 3.5 hours", "x = 5 | x = 5"})
    void numbersAreNotLeetDecoded(String input, String expected) {
        assertTrue(Normaliser.normalise(input).folded().contains(expected));
        assertTrue(Normaliser.decodeLeet(Normaliser.fold(input)).contains(expected));
    }
}
