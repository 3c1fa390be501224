package org.socratic.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceQuoteTest {
    private static final String ANSWER = "The small box costs $3.60 for 12 ounces, that’s 30 cents per ounce.\n"
            + "The big box is 25  cents per ounce so it is cheaper for each ounce.";

    @ParameterizedTest(name = "{2}: \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            30 cents per ounce                                  | true  | an exact quote
            THE BIG BOX is 25 cents per ounce                   | true  | case and spacing differ
            "that's 30 cents per ounce."                        | true  | quote marks, a straight apostrophe and a full stop
            The small box costs ... 30 cents per ounce          | true  | an elision between fragments in order
            30 cents per ounce ... The small box costs          | false | an elision with fragments out of order
            the big box is 20 cents per ounce                   | false | a changed number
            she divided the price by the ounces                 | false | words that are not in the answer
            so                                                  | false | too short to prove anything
            ...                                                 | false | nothing but an elision
            """)
    void a_quote_counts_only_if_the_answer_contains_it(String quote, boolean expected, String why) {
        assertEquals(expected, EvidenceQuote.appearsIn(quote, ANSWER));
    }
}
