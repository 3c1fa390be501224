package org.socratic.learner;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of RFC 4180 CSV: commas separate fields, double quotes enclose them, {@code ""} is a quote. */
final class CsvLine {
    private CsvLine() {}

    /** The fields of the line; an unterminated quote is an {@link IllegalArgumentException}. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) throw new IllegalArgumentException("a quoted field is not closed");
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                fields.add(field.toString());
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) return fields;
            i++; // the comma
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }
}
