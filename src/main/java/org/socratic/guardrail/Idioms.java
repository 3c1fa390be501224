package org.socratic.guardrail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Harmless phrases children use that contain alarming words ("this homework is killing me", "shoot, I forgot",
 * "kill the x term"). They are blanked out of the normalised text before the lexicons look at it.
 */
record Idioms(List<Pattern> patterns) {
    Idioms {
        patterns = List.copyOf(patterns);
    }

    static Idioms none() {
        return new Idioms(List.of());
    }

    /** The text with every idiom blanked out, each character by a space (positions keep their meaning). */
    String mask(String text) {
        return replace(text, null);
    }

    /** The text with every idiom replaced by {@code token}, a word of its own. */
    String mark(String text, String token) {
        return replace(text, " " + token + " ");
    }

    private String replace(String text, String with) {
        String out = text;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(out);
            if (!m.find()) continue;
            StringBuilder sb = new StringBuilder(out.length());
            int last = 0;
            do {
                sb.append(out, last, m.start()).append(with == null ? " ".repeat(m.end() - m.start()) : with);
                last = m.end();
            } while (m.find());
            out = sb.append(out, last, out.length()).toString();
        }
        return out;
    }
}
