package org.socratic.guardrail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A final answer that is words or an expression, for {@link AnswerLeakGate}, with its patterns compiled once per check
 * (not once per variant of the text): words on word boundaries, expressions with spacing ignored, a word answer spelled
 * out, a proper name's distinctive word, and a compound's formula.
 */
record TextAnswer(String answer, boolean words, Pattern named, Pattern spelled, Pattern announced, Pattern part,
        Pattern formula) {
    static Optional<TextAnswer> of(String answer) {
        String wanted = answer.toLowerCase(Locale.ROOT).trim().replaceFirst("^[a-z]\\s*=\\s*", "");
        if (wanted.length() < 2) return Optional.empty();
        boolean words = wanted.matches("[a-z' -]+");
        Pattern named = words
                ? Pattern.compile("(?<![a-z])" + Pattern.quote(wanted).replace(" ", "\\E\\s+\\Q") + "(?![a-z])")
                : Pattern.compile("(?<![0-9.])" + Pattern.quote(compact(wanted)) + "(?![0-9])");
        Pattern announced = Pattern.compile("(answer|solution)\\s*(is|=|:|would be)\\s*" + Pattern.quote(words ? wanted : ""));
        return Optional.of(new TextAnswer(answer, words, named, words ? spelledOut(wanted) : NEVER, announced,
                properPart(answer), formulaOf(wanted)));
    }

    Optional<String> leak(String output, String problem) {
        String out = words ? output : compact(output);
        java.util.regex.Matcher found = named.matcher(out);
        boolean seen = false;
        boolean offered = false;
        while (!seen && found.find()) {
            seen = !words || !wordOneOfTwo(out, found.start(), found.end());
            offered = true;
        }
        if (!seen) seen = spelled.matcher(output).find();
        if (seen) {
            // The problem names it too: only a leak when announced as the answer.
            if (named.matcher(words ? problem : compact(problem)).find() && !announced.matcher(output).find()) {
                return Optional.empty();
            }
            return Optional.of("the answer appears as '" + answer + "'");
        }
        // A surname or a formula stands for the answer only when the tutor states it: not when the whole answer
        // was offered as a candidate, nor in a question ("Was it Jefferson or Adams?", "Which one starts that way?").
        if (offered || ASKS_WHICH_ONE.matcher(output).find()) return Optional.empty();
        for (Pattern other : List.of(part, formula)) {
            java.util.regex.Matcher m = other.matcher(output);
            if (m.find() && !other.matcher(problem).find() && !ASKED.matcher(output.substring(m.end())).find()) {
                return Optional.of("the answer '" + answer + "' appears as '" + m.group() + "'");
            }
        }
        return Optional.empty();
    }

    /** "Which one ...?", "which of them ...?": the tutor is offering candidates, not naming one. */
    private static final Pattern ASKS_WHICH_ONE = Pattern.compile("(?<![a-z])which\\b[^.!?]*\\?");

    /** Words of a name that do not single it out ("the Pacific Ocean" is pinned down by "Pacific", not "Ocean"). */
    private static final Set<String> GENERIC = Set.of("ocean", "river", "mountains", "mountain", "island", "islands",
            "desert", "states", "state", "united", "kingdom", "empire", "republic", "north", "south", "east", "west",
            "great", "saint", "mount", "city", "county", "valley", "canyon", "world", "general", "president", "queen",
            "king", "first", "second", "third", "period", "system", "theory", "principle", "effect", "battle",
            "revolution", "treaty", "church", "union", "party", "american", "british", "french", "spanish");

    private static final Set<String> SMALL_WORDS = Set.of("the", "of", "and", "a", "an", "de", "da", "van", "von", "la", "le");

    /**
     * The one word that names a proper name of several words on its own: its last capitalised word of five letters or
     * more that is not a generic part of names ("Washington" of "George Washington", "Constitution" of "the U.S.
     * Constitution", "Pacific" of "the Pacific Ocean"). Only when every word but the small ones is capitalised:
     * "Montgomery bus boycott" is not pinned down by "Montgomery".
     */
    private static Pattern properPart(String answer) {
        String[] parts = answer.trim().split("\\s+");
        if (parts.length < 2) return NEVER;
        String best = "";
        for (String w : parts) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (SMALL_WORDS.contains(lower)) continue;
            if (!Character.isUpperCase(w.charAt(0))) return NEVER;
            if (w.length() >= 5 && lower.matches("[a-z]+") && !GENERIC.contains(lower)) best = lower;
        }
        return best.isEmpty() ? NEVER : Pattern.compile("(?<![a-z])" + best + "(?![a-z])");
    }

    /** Compounds a lesson names in words whose formula a tutor may write instead ("CO2" for carbon dioxide). */
    private static final java.util.Map<String, String> FORMULAS = java.util.Map.ofEntries(
            java.util.Map.entry("carbon dioxide", "co2"), java.util.Map.entry("water", "h2o"),
            java.util.Map.entry("oxygen", "o2"), java.util.Map.entry("sodium chloride", "nacl"),
            java.util.Map.entry("table salt", "nacl"), java.util.Map.entry("methane", "ch4"),
            java.util.Map.entry("glucose", "c6h12o6"), java.util.Map.entry("nitrogen", "n2"),
            java.util.Map.entry("hydrogen", "h2"), java.util.Map.entry("carbon monoxide", "co"),
            java.util.Map.entry("ozone", "o3"), java.util.Map.entry("ammonia", "nh3"));

    /** The formula of a compound answer, or the name of a formula answer, as it may appear in the output. */
    private static Pattern formulaOf(String wanted) {
        String name = wanted.replaceFirst("^the ", "");
        String other = FORMULAS.get(name);
        if (other == null) {
            other = FORMULAS.entrySet().stream().filter(e -> e.getValue().equals(name.replace(" ", "")))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            if (other == null) return NEVER;
            return Pattern.compile("(?<![a-z])" + Pattern.quote(other).replace(" ", "\\E\\s+\\Q") + "(?![a-z])");
        }
        // "co" alone is too common a syllable: a formula needs a digit or two capitals' worth of letters
        return other.length() < 3 ? NEVER : Pattern.compile("(?<![a-z0-9])" + other + "(?![a-z0-9])");
    }

    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * A word answer spelled out letter by letter ("m-i-t-o-s-i-s", "H a r r i e t  T u b m a n"), or an answer of
     * several words with its letters run together once the spacing is undone ("harriettubman"). Only for answers of
     * four letters or more.
     */
    private static Pattern spelledOut(String wanted) {
        String letters = wanted.replaceAll("[^a-z]", "");
        if (letters.length() < 4) return NEVER;
        StringBuilder spaced = new StringBuilder("(?<![a-z])(?:");
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) spaced.append("[\\s\\-.\u00b7_*]+");
            spaced.append(letters.charAt(i));
        }
        // Run together, a one-word answer is the word itself, which the caller has already weighed.
        if (!letters.equals(wanted)) spaced.append("|").append(letters);
        return Pattern.compile(spaced.append(")(?![a-z])").toString());
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s*·]", "").replace("\u2212", "-");
    }

    /**
     * "Is it oxygen or carbon dioxide?": a word answer offered as one of two candidates, in a question that opens by
     * asking which it is. "So the gas is carbon dioxide, or can you see why?" and "carbon dioxide or not?" still leak.
     */
    private static boolean wordOneOfTwo(String text, int start, int end) {
        int sentence = Math.max(Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1)),
                text.lastIndexOf('?', start - 1)) + 1;
        String before = text.substring(sentence, start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (!ASKED.matcher(after).find()) return false;
        java.util.regex.Matcher next = OTHER_AFTER.matcher(after);
        if (ASKS_WHICH.matcher(before).matches() && next.find()) return !NOT_A_CANDIDATE.matcher(next.group(1)).matches();
        java.util.regex.Matcher previous = ASKS_WHICH_OF.matcher(before);
        return previous.matches() && !NOT_A_CANDIDATE.matcher(previous.group(1)).matches();
    }

    private static final String WHICH = "\\s*(?:so |ok |okay |now |hmm,? )?(?:is it|was it|would it be|could it be|will it be"
            + "|which is it,?|which one,?|do you think it'?s|do you think it is)\\s+";
    /** "is it " (or "is it the ") just before the answer ... */
    private static final Pattern ASKS_WHICH = Pattern.compile(WHICH + "(?:the |a |an )?");
    /** ... and ", or oxygen" just after it. */
    private static final Pattern OTHER_AFTER = Pattern.compile("^\\s*,?\\s*or\\s+([a-z]+)");
    /** Or "is it oxygen or ", "is it red blood cells or " just before the answer (a candidate of up to four words). */
    private static final Pattern ASKS_WHICH_OF = Pattern.compile(WHICH + "([a-z]+(?:\\s+[a-z]+){0,3})\\s*,?\\s+or\\s+");
    /** Words after "or" that start a new question rather than name a second candidate. */
    private static final Pattern NOT_A_CANDIDATE = Pattern.compile(
            "(?:not|no|do|does|did|can|could|what|is|are|was|were|you|i|we|maybe|something|anything|else)(?:\\s+\\S+)?");
    /** The rest of the sentence ends with a question mark. */
    private static final Pattern ASKED = Pattern.compile("^[^.!?]*\\?");
}
