package org.socratic.learner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mastery.evidence} column: everything a mastery state holds besides its probability, so that a teacher
 * sees the evidence (answers, their weights, recent answers, when) and the reason, and the state reads back whole.
 */
final class MasteryStateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MasteryStateJson() {}

    static String evidence(MasteryState state) {
        ObjectNode root = JSON.createObjectNode();
        MasteryEvidence e = state.evidence();
        root.put("answers", e.answers());
        root.put("weightedAnswers", e.weightedAnswers());
        root.put("correctStreak", e.correctStreak());
        root.put("lastAnsweredAt", e.lastAnsweredAt() == null ? null : e.lastAnsweredAt().toString());
        ArrayNode recent = root.putArray("recent");
        for (RecordedAnswer a : e.recent()) {
            ObjectNode answer = recent.addObject();
            answer.put("itemId", a.itemId());
            answer.put("correct", a.correct());
            answer.put("weight", a.weight());
            if (!a.note().isEmpty()) answer.put("note", a.note());
            answer.put("at", a.at().toString());
        }
        root.put("modelMastered", state.mastered());
        root.put("reason", state.reason());
        root.put("masteredAt", state.masteredAt() == null ? null : state.masteredAt().toString());
        if (state.override() != null) {
            MasteryOverride o = state.override();
            ObjectNode override = root.putObject("override");
            override.put("mastered", o.mastered());
            override.put("teacherId", o.teacherId());
            override.put("reason", o.reason());
            override.put("at", o.at().toString());
        }
        return root.toString();
    }

    static MasteryState read(String skillId, double pKnown, String evidenceJson) {
        try {
            JsonNode root = JSON.readTree(evidenceJson);
            List<RecordedAnswer> recent = new ArrayList<>();
            for (JsonNode a : root.path("recent")) {
                recent.add(new RecordedAnswer(a.path("itemId").asText(), a.path("correct").asBoolean(),
                        a.path("weight").asDouble(1), a.path("note").asText(""), Instant.parse(a.path("at").asText())));
            }
            MasteryEvidence evidence = new MasteryEvidence(root.path("answers").asInt(),
                    root.path("weightedAnswers").asDouble(), root.path("correctStreak").asInt(), recent,
                    instant(root.get("lastAnsweredAt")));
            JsonNode o = root.get("override");
            MasteryOverride override = o == null || o.isNull() ? null : new MasteryOverride(o.path("mastered")
                    .asBoolean(), o.path("teacherId").asLong(), o.path("reason").asText(), Instant.parse(o.path("at")
                    .asText()));
            return new MasteryState(skillId, pKnown, evidence, root.path("modelMastered").asBoolean(),
                    root.path("reason").asText("no answers yet"), instant(root.get("masteredAt")), override);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable mastery evidence for skill " + skillId + ": " + e.getMessage(),
                    e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }
}
