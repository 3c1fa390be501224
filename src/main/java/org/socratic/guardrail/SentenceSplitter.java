package org.socratic.guardrail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the first complete sentence of a growing buffer ends: after . ! ? (and closing quotes or brackets)
 * followed by white space, or at a line break. "2.5", "e.g." and a list number such as "1." do not end a sentence.
 */
final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?]+[\"')\\]]*(?=\\s)|\\n");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|vs|mr|mrs|ms|dr)\\.$");
    private static final Pattern LIST_NUMBER = Pattern.compile("(?:^|\\n)\\s*\\d+\\.$");

    private SentenceSplitter() {}

    /** The index just after the first complete sentence, or -1 when the buffer holds none yet. */
    static int firstEnd(CharSequence buffer) {
        Matcher m = END.matcher(buffer);
        while (m.find()) {
            String upTo = buffer.subSequence(0, m.end()).toString();
            if (m.group().equals("\n")) {
                if (!upTo.isBlank()) return m.end();
                continue;
            }
            String trimmed = upTo.stripTrailing();
            if (ABBREVIATION.matcher(trimmed).find() || LIST_NUMBER.matcher(trimmed).find()) continue;
            return m.end();
        }
        return -1;
    }
}
