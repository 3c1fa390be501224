package org.socratic.grading;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A grade as a teacher reviews it: the problem and the student's words, the model's score with its confidence,
 * rationale, criteria met (each with the evidence quoted from the answer) and misconception, the similarity to the
 * reference answers, why it was queued, and the trace of the model call.
 */
@Serdeable
public record GradeView(long id, long studentId, String studentName, @Nullable String skillId, String promptId,
                        @Nullable String problem, @Nullable String question, String answer,
                        @Nullable FinalAnswerCheck finalAnswer, String status, String statusReason,
                        @Nullable Double score, @Nullable Double maxScore, @Nullable Double finalScore,
                        @Nullable Double confidence, @Nullable String rationale, List<Met> criteriaMet,
                        @Nullable String misconception, @Nullable Double similarity, List<String> problems,
                        @Nullable UUID traceId, Instant createdAt) {

    /** A criterion met, with its description and the student's words that show it. */
    @Serdeable
    public record Met(String criterion, @Nullable String description, String evidence) {}

    static GradeView of(StoredGrade g, String studentName, @Nullable OpenPrompt prompt) {
        JsonNode detail;
        try {
            detail = GradeStore.JSON.readTree(g.detailJson());
        } catch (Exception e) {
            detail = GradeStore.JSON.createObjectNode();
        }
        List<Met> met = new ArrayList<>();
        for (JsonNode m : detail.path("criteriaMet")) {
            String id = m.path("criterion").asText();
            String description = prompt == null ? null
                    : prompt.rubric().criterion(id).map(Criterion::description).orElse(null);
            met.add(new Met(id, description, m.path("evidence").asText()));
        }
        List<String> problems = new ArrayList<>();
        detail.path("problems").forEach(p -> problems.add(p.asText()));
        JsonNode fa = detail.path("finalAnswer");
        FinalAnswerCheck finalAnswer = fa.isObject() ? new FinalAnswerCheck(
                fa.path("given").isTextual() ? fa.get("given").asText() : null,
                FinalAnswerCheck.Outcome.valueOf(fa.path("outcome").asText("NOT_GIVEN")), fa.path("feedback").asText(""))
                : null;
        String skill = g.skillId() != null ? g.skillId() : prompt == null ? null : prompt.skillId();
        return new GradeView(g.id(), g.studentId(), studentName, skill, g.promptId(),
                prompt == null ? null : prompt.problem(), prompt == null ? null : prompt.question(), g.answer(),
                finalAnswer, g.status().dbValue(), g.statusReason(), g.score(), g.maxScore(), g.finalScore(),
                g.confidence(), g.rationale(), met,
                detail.path("misconception").isTextual() ? detail.get("misconception").asText() : null,
                detail.path("similarity").isNumber() ? detail.get("similarity").asDouble() : null, problems,
                g.traceId(), g.createdAt());
    }
}
