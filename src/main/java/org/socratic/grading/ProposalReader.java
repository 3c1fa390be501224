package org.socratic.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses and validates a grading model's JSON reply. The reply is untrusted: every rule a grade must satisfy is
 * checked here, every failure is collected with its reason, and nothing the model writes can make this throw.
 * Rules: a JSON object; {@code score} a number from 0 to the rubric's maximum that equals the points of the criteria
 * met; {@code criteria_met} a list of {@code {criterion, evidence}} naming known criteria once each, with evidence
 * quoted from the explanation the model was given; {@code confidence} a number from 0 to 1; {@code rationale} text;
 * {@code misconception} text, empty or null.
 */
final class ProposalReader {
    static final int MAX_RATIONALE = 2_000;
    static final int MAX_MISCONCEPTION = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProposalReader() {}

    /**
     * @param reply       the model's text
     * @param explanation the explanation exactly as the model saw it (after any redaction)
     */
    static ProposalReading read(String reply, Rubric rubric, String explanation) {
        if (reply == null || reply.isBlank()) return invalid("the model returned nothing");
        JsonNode root;
        try {
            root = JSON.readTree(stripFences(reply));
        } catch (JsonProcessingException e) {
            return invalid("the model's reply is not JSON");
        }
        if (root == null || !root.isObject()) return invalid("the model's reply is not a JSON object");
        List<String> problems = new ArrayList<>();
        Double score = number(root, "score", 0, rubric.maxScore(), problems);
        Double confidence = number(root, "confidence", 0, 1, problems);
        List<CriterionMet> met = criteria(root.get("criteria_met"), rubric, explanation, problems);
        String rationale = text(root, "rationale", MAX_RATIONALE, problems);
        if (rationale != null && rationale.isBlank()) problems.add("the rationale is empty");
        String misconception = misconception(root.get("misconception"), problems);
        if (score != null && met != null) {
            int points = met.stream().mapToInt(m -> rubric.criterion(m.criterion()).orElseThrow().points()).sum();
            if (Math.abs(score - points) > 1e-6) {
                problems.add("score " + fmt(score) + " does not match the criteria met (" + points + " points)");
            }
        }
        if (!problems.isEmpty()) return new ProposalReading.Invalid(problems);
        return new ProposalReading.Valid(new GradeProposal(score, rubric.maxScore(), met, misconception,
                rationale.strip(), confidence));
    }

    private static List<CriterionMet> criteria(JsonNode node, Rubric rubric, String explanation, List<String> problems) {
        if (node == null || !node.isArray()) {
            problems.add("criteria_met is missing or not a list");
            return null;
        }
        List<CriterionMet> met = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = problems.size();
        for (JsonNode item : node) {
            String id = item.path("criterion").isTextual() ? item.get("criterion").asText().strip() : null;
            String evidence = item.path("evidence").isTextual() ? item.get("evidence").asText() : null;
            if (id == null || evidence == null) {
                problems.add("an entry of criteria_met lacks a criterion or its evidence");
            } else if (rubric.criterion(id).isEmpty()) {
                problems.add("unknown criterion '" + clip(id) + "' (the rubric has " + rubric.ids() + ")");
            } else if (!seen.add(id)) {
                problems.add("criterion '" + id + "' is listed twice");
            } else if (!EvidenceQuote.appearsIn(evidence, explanation)) {
                problems.add("the evidence for '" + id + "' is not in the student's answer: \"" + clip(evidence) + "\"");
            } else {
                met.add(new CriterionMet(id, evidence.strip()));
            }
        }
        return problems.size() == before ? met : null;
    }

    private static Double number(JsonNode root, String key, double min, double max, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || !node.isNumber()) {
            problems.add(key + " is missing or not a number");
            return null;
        }
        double value = node.asDouble();
        if (!(value >= min && value <= max)) {
            problems.add(key + " " + fmt(value) + " is outside " + fmt(min) + ".." + fmt(max));
            return null;
        }
        return value;
    }

    private static String text(JsonNode root, String key, int max, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || !node.isTextual()) {
            problems.add(key + " is missing or not text");
            return null;
        }
        if (node.asText().length() > max) {
            problems.add(key + " is longer than " + max + " characters");
            return null;
        }
        return node.asText();
    }

    private static String misconception(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) {
            problems.add("misconception is not text");
            return null;
        }
        String text = node.asText().strip();
        if (text.length() > MAX_MISCONCEPTION) {
            problems.add("misconception is longer than " + MAX_MISCONCEPTION + " characters");
            return null;
        }
        return text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("null") ? null : text;
    }

    /** Some models wrap JSON in a Markdown code fence even when asked not to. */
    static String stripFences(String reply) {
        String text = reply.strip();
        if (text.startsWith("```")) {
            int firstLine = text.indexOf('\n');
            int end = text.lastIndexOf("```");
            if (firstLine > 0 && end > firstLine) text = text.substring(firstLine + 1, end).strip();
        }
        return text;
    }

    private static ProposalReading invalid(String problem) {
        return new ProposalReading.Invalid(List.of(problem));
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
