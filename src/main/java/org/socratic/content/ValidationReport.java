package org.socratic.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of {@code content validate}: counts and every problem found (empty when the content is sound). */
public record ValidationReport(int skills, int edges, int families, int itemsChecked, List<String> errors) {
    public ValidationReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The fields of the JSON line, in a stable order. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("skills", skills);
        out.put("edges", edges);
        out.put("families", families);
        out.put("items_checked", itemsChecked);
        out.put("errors", errors);
        out.put("ok", ok());
        return out;
    }
}
