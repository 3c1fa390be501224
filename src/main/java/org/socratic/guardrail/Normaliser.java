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
    private static final Pattern SEPARATED_LETTERS = Pattern.compile("^[a-z](?:[-._*][a-z]){2,}[-._*]?$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern LONG_RUN = Pattern.compile("([a-z])\\1{2,}");
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes();
    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's', '!', 'i', '|', 'l');

    private static final Map<String, String> TEXT_SPEAK = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("ppl", "people"),
            Map.entry("h8", "hate"), Map.entry("h8s", "hates"), Map.entry("bc", "because"), Map.entry("cuz", "because"),
            Map.entry("coz", "because"), Map.entry("wanna", "want to"), Map.entry("gonna", "going to"),
            Map.entry("gotta", "got to"), Map.entry("imma", "i'm going to"), Map.entry("ima", "i'm going to"),
            Map.entry("im", "i'm"), Map.entry("dont", "don't"), Map.entry("cant", "can't"), Map.entry("wont", "won't"),
            Map.entry("didnt", "didn't"), Map.entry("doesnt", "doesn't"), Map.entry("ive", "i've"),
            Map.entry("youre", "you're"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("gimme", "give me"),
            Map.entry("lemme", "let me"), Map.entry("da", "the"), Map.entry("ans", "answer"), Map.entry("anser", "answer"),
            Map.entry("answr", "answer"), Map.entry("awnser", "answer"), Map.entry("rn", "right now"),
            Map.entry("n", "and"), Map.entry("w/", "with"), Map.entry("b4", "before"), Map.entry("2day", "today"),
            Map.entry("2nite", "tonight"), Map.entry("tmrw", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("mom's", "mom's"), Map.entry("stupit", "stupid"), Map.entry("noods", "nudes"),
            Map.entry("nudez", "nudes"), Map.entry("gunn", "gun"), Map.entry("kil", "kill"), Map.entry("ded", "dead"),
            Map.entry("abuzes", "abuses"), Map.entry("abuzed", "abused"), Map.entry("hurtz", "hurts"),
            Map.entry("skool", "school"), Map.entry("skewl", "school"), Map.entry("teh", "the"),
            Map.entry("gona", "going to"), Map.entry("gunna", "going to"), Map.entry("finna", "going to"),
            Map.entry("boutta", "about to"), Map.entry("bouta", "about to"), Map.entry("wat", "what"),
            Map.entry("wut", "what"), Map.entry("hav", "have"), Map.entry("ya", "you"), Map.entry("yall", "you all"),
            Map.entry("some1", "someone"), Map.entry("any1", "anyone"), Map.entry("every1", "everyone"),
            Map.entry("sum1", "someone"), Map.entry("dun", "don't"), Map.entry("ik", "i know"),
            Map.entry("idk", "i don't know"), Map.entry("tmr", "tomorrow"), Map.entry("myslef", "myself"),
            Map.entry("mysef", "myself"), Map.entry("urself", "yourself"),
            Map.entry("wen", "when"), Map.entry("dat", "that"), Map.entry("dis", "this"), Map.entry("luv", "love"), Map.entry("stoopid", "stupid"),
            Map.entry("stoopit", "stupid"), Map.entry("stupd", "stupid"));
    private static final Map<Integer, String> EMOJI = Map.ofEntries(
            Map.entry(0x1F52A, "knife"), Map.entry(0x1F5E1, "knife"), Map.entry(0x1F52B, "gun"),
            Map.entry(0x1F4A3, "bomb"), Map.entry(0x1FA78, "blood"), Map.entry(0x1F48A, "pills"),
            Map.entry(0x1F489, "needle"), Map.entry(0x1F6AC, "cigarette"), Map.entry(0x1F37A, "beer"),
            Map.entry(0x1F37B, "beers"), Map.entry(0x1F377, "wine"), Map.entry(0x1F943, "whiskey"),
            Map.entry(0x1F33F, "weed"), Map.entry(0x1F343, "weed"), Map.entry(0x1F346, "penis"),
            Map.entry(0x1F351, "butt"), Map.entry(0x1F4A6, "wet"), Map.entry(0x1F445, "lick"),
            Map.entry(0x26B0, "coffin"), Map.entry(0x1FAA6, "grave"), Map.entry(0x1F92C, "swearing"),
            Map.entry(0x1F595, "fuck you"), Map.entry(0x1FA93, "axe"), Map.entry(0x1F3F9, "bow and arrow"),
            // A fist stands for a punch ("gonna 👊 him"), a clown or a pig for an insult aimed at someone.
            Map.entry(0x1F44A, "punch"), Map.entry(0x1F91B, "punch"), Map.entry(0x1F91C, "punch"),
            Map.entry(0x1F921, "clown"), Map.entry(0x1F437, "pig"), Map.entry(0x1F416, "pig"),
            Map.entry(0x1F3AE, "video game"), Map.entry(0x1F579, "video game"), Map.entry(0x1F64F, "please"),
            Map.entry(0x1F60F, "smirk"), Map.entry(0x1FAA2, "rope"), Map.entry(0x1F9E8, "dynamite"));

    private Normaliser() {}

    public static NormalisedText normalise(String text) {
        String folded = fold(text);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(folded);
        String decoded = decodeLeet(folded);
        variants.add(decoded);
        String joined = joinSpacedLetters(decoded, false);
        variants.add(joined);
        // "get a g u n": the article before spelled-out letters is a word of its own, so also try it apart.
        String apart = joinSpacedLetters(decoded, true);
        if (!apart.equals(joined)) variants.add(expandTextSpeak(replaceEmoji(apart)));
        String expanded = expandTextSpeak(replaceEmoji(joined));
        variants.add(expanded);
        if (LONG_RUN.matcher(expanded).find()) {
            variants.add(LONG_RUN.matcher(expanded).replaceAll("$1"));
            variants.add(LONG_RUN.matcher(expanded).replaceAll("$1$1"));
        }
        java.util.Optional<String> compact = joined.equals(decoded)
                ? java.util.Optional.empty()
                : java.util.Optional.of(NOT_LETTERS.matcher(expanded).replaceAll(""));
        return new NormalisedText(text, folded, new ArrayList<>(variants), compact);
    }

    /** A folded text with its disguises undone: leet decoded, spaced letters joined, emoji named, text-speak spelled out. */
    public static String undisguised(String folded) {
        return expandTextSpeak(replaceEmoji(joinSpacedLetters(decodeLeet(folded), false)));
    }

    /** Text-speak a child types ("u r so dumb", "h8", "ppl", "wanna"), expanded so that patterns see words. */
    static String expandTextSpeak(String text) {
        String[] tokens = text.split(" ");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String token : tokens) {
            if (!out.isEmpty()) out.append(' ');
            int end = token.length();
            while (end > 0 && ",.!?;:".indexOf(token.charAt(end - 1)) >= 0) end--;
            String word = token.substring(0, end);
            String replacement = TEXT_SPEAK.get(word);
            out.append(replacement == null ? word : replacement).append(token, end, token.length());
        }
        return out.toString();
    }

    /** Emoji that stand for words in the categories ("i'm going to 🔪 him"). */
    static String replaceEmoji(String text) {
        if (text.chars().allMatch(c -> c < 0x2000)) return text;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String word = EMOJI.get(cp);
            if (word == null) out.appendCodePoint(cp); else out.append(' ').append(word).append(' ');
        });
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+");

    /** Compatibility forms, format characters, accents, look-alike letters, case, quotes and spacing. */
    static String fold(String text) {
        // Before NFKC, which would make "10³" the number 103: a superscript run is an exponent.
        String s = Normalizer.normalize(SUPERSCRIPTS.matcher(text).replaceAll(r -> "^" + r.group()), Normalizer.Form.NFKC);
        s = FORMAT_CHARS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = upperLookAlikes(s).toLowerCase(Locale.ROOT);
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
        return joinSpacedLetters(text, false);
    }

    /** As above; with {@code articleApart} a run of four or more that starts with "a" or "i" keeps it apart. */
    static String joinSpacedLetters(String text, boolean articleApart) {
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
            if (runLength > 0 && token.length() > 1 && Character.isLetter(token.charAt(0))
                    && token.substring(1).chars().allMatch(c -> ".,!?;:".indexOf(c) >= 0)) {
                // the last letter of a spelled-out word carries the sentence's full stop ("f i v e.")
                run.append(token.charAt(0));
                flush(out, run, runLength + 1, articleApart);
                runLength = 0;
                out.set(out.size() - 1, out.get(out.size() - 1) + token.substring(1));
                continue;
            }
            flush(out, run, runLength, articleApart);
            runLength = 0;
            out.add(SEPARATED_LETTERS.matcher(token).matches() ? token.replaceAll("[-._*]", "") : token);
        }
        flush(out, run, runLength, articleApart);
        return String.join(" ", out);
    }

    private static void flush(List<String> out, StringBuilder run, int runLength, boolean articleApart) {
        if (runLength == 0) return;
        if (articleApart && runLength >= 4 && (run.charAt(0) == 'a' || run.charAt(0) == 'i')) {
            out.add(run.substring(0, 1));
            out.add(run.substring(1));
        } else if (runLength >= 3) {
            out.add(run.toString());
        } else {
            for (int i = 0; i < run.length(); i++) out.add(String.valueOf(run.charAt(i)));
        }
        run.setLength(0);
    }

    /**
     * Capital Greek and Cyrillic letters that look like Latin capitals ("ΚΙLL", "НЕLР"), mapped before lower-casing:
     * their lower-case forms (κ ι ν η) no longer look like the Latin letter the reader saw.
     */
    static String upperLookAlikes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = UPPER_FROM.indexOf(c);
            if (at < 0) continue;
            if (out == null) out = new StringBuilder(s);
            out.setCharAt(i, UPPER_TO.charAt(at));
        }
        return out == null ? s : out.toString();
    }

    private static final String UPPER_FROM = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТУХІЈЅ";
    private static final String UPPER_TO = "ABEZHIKMNOPTYXABEKMHOPCTYXIJS";

    private static Map<Character, Character> lookAlikes() {
        // Cyrillic and Greek letters that look like Latin ones, and a few other lookalikes NFKC leaves alone.
        String from = "авекмнорстухіјѕԁɡӏαβεικνορτυχωıѵ";
        String to = "abekmhopctyxijsdglabeiknoptuxwiv";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) map.put(from.charAt(i), to.charAt(i));
        return Map.copyOf(map);
    }
}
