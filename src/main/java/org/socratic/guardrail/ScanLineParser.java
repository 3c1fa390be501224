package org.socratic.guardrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one JSONL line of {@code guardrail scan}: {@code {"id","text","role","context":{"problem","answer",
 * "subject","grade","answered"},"labels":[...]}}. A malformed line is an {@link IllegalArgumentException} whose
 * message says what is wrong (the caller adds the line number).
 */
final class ScanLineParser {
    private final ObjectMapper json;
    private final Set<String> roster;

    ScanLineParser(ObjectMapper json, Set<String> roster) {
        this.json = json;
        this.roster = Set.copyOf(roster);
    }

    ScanLine parse(int lineNumber, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("expected a JSON object");
        String id = text(node, "id");
        String text = text(node, "text");
        Direction direction = switch (node.path("role").asText("student")) {
            case "student" -> Direction.INPUT;
            case "tutor" -> Direction.OUTPUT;
            default -> throw new IllegalArgumentException("role must be \"student\" or \"tutor\"");
        };
        GuardrailContext.Builder ctx = GuardrailContext.builder().roster(roster);
        JsonNode c = node.path("context");
        if (!c.isMissingNode() && !c.isNull()) {
            if (!c.isObject()) throw new IllegalArgumentException("context must be an object");
            if (c.hasNonNull("problem")) ctx.problem(c.get("problem").asText());
            if (c.hasNonNull("answer")) ctx.answer(c.get("answer").asText());
            if (c.hasNonNull("subject")) ctx.subject(c.get("subject").asText());
            if (c.hasNonNull("grade")) {
                if (!c.get("grade").canConvertToInt() || c.get("grade").asInt() < 0 || c.get("grade").asInt() > 12) {
                    throw new IllegalArgumentException("context.grade must be a whole number from 0 to 12");
                }
                ctx.grade(c.get("grade").asInt());
            }
            ctx.answered(c.path("answered").asBoolean(false));
        }
        Optional<List<Category>> labels = Optional.empty();
        if (node.has("labels")) {
            if (!node.get("labels").isArray()) throw new IllegalArgumentException("labels must be an array");
            List<Category> list = new ArrayList<>();
            for (JsonNode l : node.get("labels")) {
                list.add(Category.byId(l.asText()).filter(Category::labelled)
                        .orElseThrow(() -> new IllegalArgumentException("unknown label '" + l.asText() + "'")));
            }
            labels = Optional.of(list);
        }
        return new ScanLine(lineNumber, id, text, direction, ctx.build(), labels);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        return v.asText();
    }
}
