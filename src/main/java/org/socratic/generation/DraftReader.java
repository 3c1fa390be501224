package org.socratic.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model's reply into a {@link Draft}. The reply is untrusted: anything missing, mistyped or oversized is a
 * {@link Rejection}, never an exception. A reply wrapped in a Markdown code fence is unwrapped first.
 */
final class DraftReader {
    static final int MAX_PROBLEM = 600;
    static final int MAX_ANSWER = 40;
    static final int MAX_UNIT = 16;
    static final int MAX_COMPUTATION = 200;
    static final int MAX_STEP = 300;
    static final int MAX_STEPS = 6;
    static final int MAX_EXPLANATION = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftReader() {}

    /** The outcome of reading one reply. */
    sealed interface Read {
        record Ok(Draft draft) implements Read {}

        record Failed(Rejection rejection) implements Read {}
    }

    static Read read(String reply) {
        JsonNode root;
        try {
            root = reply == null ? null : JSON.readTree(unfenced(reply));
        } catch (JsonProcessingException e) {
            return failed(RejectionReason.MALFORMED_JSON, firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) return failed(RejectionReason.MALFORMED_JSON, "not a JSON object");
        try {
            JsonNode mistake = root.get("common_mistake");
            if (mistake == null || !mistake.isObject()) throw new Defect(RejectionReason.BAD_FIELD, "common_mistake is not an object");
            return new Read.Ok(new Draft(seed(root), text(root, "problem", MAX_PROBLEM), text(root, "answer", MAX_ANSWER),
                    optionalText(root, "unit", MAX_UNIT), text(root, "computation", MAX_COMPUTATION), steps(root),
                    text(mistake, "answer", MAX_ANSWER), text(mistake, "computation", MAX_COMPUTATION),
                    text(mistake, "explanation", MAX_EXPLANATION)));
        } catch (Defect d) {
            return new Read.Failed(d.rejection);
        }
    }

    private static long seed(JsonNode root) {
        JsonNode node = root.get("seed");
        if (node != null && node.canConvertToLong() && node.isIntegralNumber()) return node.asLong();
        if (node != null && node.isTextual() && node.asText().trim().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(node.asText().trim());
        }
        throw new Defect(RejectionReason.BAD_FIELD, "seed is not a whole number");
    }

    private static String text(JsonNode parent, String field, int max) {
        String value = optionalText(parent, field, max);
        if (value.isEmpty()) throw new Defect(RejectionReason.BAD_FIELD, field + " is missing or empty");
        return value;
    }

    /** A string (or a number, which small models write for answers); empty when absent. */
    private static String optionalText(JsonNode parent, String field, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) return "";
        if (!node.isTextual() && !node.isNumber()) throw new Defect(RejectionReason.BAD_FIELD, field + " is not text");
        String value = node.asText().strip();
        if (value.length() > max) {
            throw new Defect(RejectionReason.TOO_LONG, field + " has " + value.length() + " characters (at most " + max + ")");
        }
        return value;
    }

    private static List<String> steps(JsonNode root) {
        JsonNode node = root.get("solution_steps");
        if (node == null || !node.isArray()) throw new Defect(RejectionReason.BAD_FIELD, "solution_steps is not a list");
        if (node.size() > MAX_STEPS) {
            throw new Defect(RejectionReason.TOO_LONG, "solution_steps has " + node.size() + " steps (at most " + MAX_STEPS + ")");
        }
        List<String> steps = new ArrayList<>();
        for (JsonNode step : node) {
            if (!step.isTextual()) throw new Defect(RejectionReason.BAD_FIELD, "a solution step is not text");
            String value = step.asText().strip();
            if (value.length() > MAX_STEP) {
                throw new Defect(RejectionReason.TOO_LONG, "a solution step has " + value.length() + " characters (at most " + MAX_STEP + ")");
            }
            if (!value.isEmpty()) steps.add(value);
        }
        return steps;
    }

    private static String unfenced(String reply) {
        String text = reply.strip();
        if (!text.startsWith("```")) return text;
        int firstLine = text.indexOf('\n');
        int close = text.lastIndexOf("```");
        return firstLine < 0 || close <= firstLine ? text : text.substring(firstLine + 1, close).strip();
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable JSON";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Read failed(RejectionReason reason, String detail) {
        return new Read.Failed(Rejection.of(reason, detail));
    }

    /** A defect found while reading; caught in {@link #read} and turned into a rejection. */
    private static final class Defect extends RuntimeException {
        private final Rejection rejection;

        Defect(RejectionReason reason, String detail) {
            super(detail, null, false, false);
            this.rejection = Rejection.of(reason, detail);
        }
    }
}
