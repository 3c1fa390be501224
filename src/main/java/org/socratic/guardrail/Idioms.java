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

    String mask(String text) {
        String out = text;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(out);
            if (!m.find()) continue;
            StringBuilder sb = new StringBuilder(out.length());
            int last = 0;
            do {
                sb.append(out, last, m.start()).append(" ".repeat(m.end() - m.start()));
                last = m.end();
            } while (m.find());
            out = sb.append(out, last, out.length()).toString();
        }
        return out;
    }
}
