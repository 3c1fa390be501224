package org.socratic.guardrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal information in a text: the recognisers of {@code guardrails/pii.yml} and the names on the
 * student's class roster. It looks at the text with full-width digits, invisible characters and look-alike letters
 * cleaned, and reports spans of the original text. Pure; used by the PII layer and by the redaction that runs before a cloud model call.
 */
public final class PiiScanner {
    private final List<PiiRecogniser> recognisers;

    PiiScanner(List<PiiRecogniser> recognisers) {
        this.recognisers = List.copyOf(recognisers);
    }

    /** Non-overlapping spans, in text order; of two overlapping spans the earlier (then longer) wins. */
    public List<Span> find(String original, Set<String> roster) {
        CleanedText cleaned = CleanedText.of(original);
        String text = cleaned.text();
        List<Span> all = new ArrayList<>();
        for (PiiRecogniser r : recognisers) {
            Matcher m = r.pattern().matcher(text);
            boolean group = r.hasPiiGroup();
            while (m.find()) {
                int start = group && m.start("pii") >= 0 ? m.start("pii") : m.start();
                int end = group && m.start("pii") >= 0 ? m.end("pii") : m.end();
                if (end > start) all.add(cleaned.toOriginal(start, end, r.placeholder()));
            }
        }
        for (String name : roster) {
            if (name.isBlank() || name.trim().length() < 3) continue;
            Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.trim()).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = p.matcher(text);
            while (m.find()) all.add(cleaned.toOriginal(m.start(), m.end(), "[NAME]"));
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        for (Span s : all) {
            if (kept.isEmpty() || !kept.getLast().overlaps(s)) kept.add(s);
        }
        return kept;
    }

    /** The text with each span replaced by its placeholder. */
    public static String apply(String text, List<Span> spans) {
        if (spans.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Span s : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            if (s.start() < last) continue;
            out.append(text, last, s.start()).append(s.replacement());
            last = s.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The text with every piece of personal information replaced, for a text that leaves the district. */
    public String redact(String text, Set<String> roster) {
        return apply(text, find(text, roster));
    }
}
