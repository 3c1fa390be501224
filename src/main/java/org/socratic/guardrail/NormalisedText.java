package org.socratic.guardrail;

import java.util.List;

/**
 * A text in the forms the matching layers look at. {@code folded} is lower case with Unicode compatibility forms,
 * zero-width characters, accents and look-alike letters folded; {@code variants} starts with {@code folded} and adds
 * the leetspeak-decoded, spaced-letters-joined and repeated-letters-squeezed forms when they differ, so that
 * "k 1 l l" and "kiiiill" are seen as "kill". When the text spells words out letter by letter ("i w a n t t o d i e"),
 * {@code compact} holds its letters alone, run together, for the long lexicon terms to be found in. Offsets in these
 * forms do not map to the original text.
 */
public record NormalisedText(String original, String folded, List<String> variants, java.util.Optional<String> compact) {
    public NormalisedText {
        if (original == null || folded == null || variants == null || variants.isEmpty() || compact == null) {
            throw new IllegalArgumentException("a normalised text has its original, folded form and variants");
        }
        variants = List.copyOf(variants);
    }
}
