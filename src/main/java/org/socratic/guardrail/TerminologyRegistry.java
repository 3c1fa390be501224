package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One canonical term per concept, per subject and grade band ({@code guardrails/terminology/*.yml}). It rewrites
 * avoided synonyms in tutor output once the student has met the canonical term, tells which canonical terms a text
 * uses (to record them as met), and writes the section of the tutor's prompt that lists the terms to use.
 */
public final class TerminologyRegistry {
    private final List<Concept> concepts;
    private final List<Pattern> synonymPatterns;
    private final List<Pattern> termPatterns;

    TerminologyRegistry(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.synonymPatterns = new ArrayList<>();
        this.termPatterns = new ArrayList<>();
        for (Concept c : this.concepts) {
            synonymPatterns.add(Pattern.compile(words(c.avoid()), Pattern.CASE_INSENSITIVE));
            termPatterns.add(Pattern.compile(words(List.of(c.term())), Pattern.CASE_INSENSITIVE));
        }
    }

    public static TerminologyRegistry empty() {
        return new TerminologyRegistry(List.of());
    }

    public List<Concept> concepts(String subject, int grade) {
        return concepts.stream().filter(c -> c.covers(subject, grade)).toList();
    }

    /** The text with the synonyms of every met concept replaced by its canonical term, and what was replaced. */
    public TermRewrite rewrite(String text, String subject, int grade, Set<String> termsMet) {
        Set<String> met = lower(termsMet);
        String out = text;
        List<String> replaced = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            if (!c.covers(subject, grade) || !(met.contains(c.term().toLowerCase(Locale.ROOT)) || met.contains(c.id()))) {
                continue;
            }
            Matcher m = synonymPatterns.get(i).matcher(out);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                replaced.add("'" + m.group() + "' -> '" + c.term() + "'");
                m.appendReplacement(sb, Matcher.quoteReplacement(matchCase(m.group(), c.term())));
            }
            if (any) out = m.appendTail(sb).toString();
        }
        return new TermRewrite(out, replaced);
    }

    /** The canonical terms (their concept ids) that a text uses, for the student's record of terms met. */
    public Set<String> termsUsed(String text, String subject, int grade) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < concepts.size(); i++) {
            if (concepts.get(i).covers(subject, grade) && termPatterns.get(i).matcher(text).find()) {
                out.add(concepts.get(i).id());
            }
        }
        return out;
    }

    /** The section of the tutor's system prompt: the terms the student knows first, then the rest of the band. */
    public String promptSection(String subject, int grade, Set<String> termsMet) {
        Set<String> met = lower(termsMet);
        List<Concept> band = concepts(subject, grade);
        if (band.isEmpty()) return "";
        StringBuilder known = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (Concept c : band) {
            boolean isMet = met.contains(c.id()) || met.contains(c.term().toLowerCase(Locale.ROOT));
            String line = "- " + c.term() + ": " + c.definition()
                    + (c.avoid().isEmpty() ? "" : " (never say: " + String.join(", ", c.avoid()) + ")") + "\n";
            (isMet ? known : others).append(line);
        }
        StringBuilder out = new StringBuilder("Terminology: use exactly these terms for these concepts.\n");
        if (!known.isEmpty()) out.append("Terms this student has already met:\n").append(known);
        if (!others.isEmpty()) out.append("Other terms for this grade:\n").append(others);
        return out.toString();
    }

    private static Set<String> lower(Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String t : terms) out.add(t.toLowerCase(Locale.ROOT));
        return out;
    }

    private static String words(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String p : phrases) alternatives.add(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        if (alternatives.isEmpty()) return "(?!x)x";
        return "(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])";
    }

    private static String matchCase(String original, String term) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(term.charAt(0)) + term.substring(1);
        }
        return term;
    }

    /** The result of a rewrite: the new text and a description of each replacement. */
    public record TermRewrite(String text, List<String> replacements) {
        public TermRewrite {
            replacements = List.copyOf(replacements);
        }

        public boolean changed() {
            return !replacements.isEmpty();
        }
    }
}
