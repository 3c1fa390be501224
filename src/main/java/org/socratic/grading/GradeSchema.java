package org.socratic.grading;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * The JSON schema a grading reply must follow, built per rubric so the criterion names are an enum the model cannot
 * stray from. Ollama receives it in {@code format}, OpenAI in {@code response_format}; either way the reply is still
 * validated by {@link ProposalReader}, because a schema constrains shape, not truth.
 */
final class GradeSchema {
    private GradeSchema() {}

    static ResponseFormat responseFormat(Rubric rubric) {
        JsonObjectSchema criterion = JsonObjectSchema.builder()
                .addProperty("criterion", JsonEnumSchema.builder().enumValues(rubric.ids()).build())
                .addStringProperty("evidence", "words copied exactly from the student's explanation")
                .required("criterion", "evidence")
                .additionalProperties(false)
                .build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .addNumberProperty("score", "0 to " + rubric.maxScore() + ": the sum of the points of the criteria met")
                .addProperty("criteria_met", JsonArraySchema.builder().items(criterion).build())
                .addStringProperty("misconception", "what the student seems to believe that is not so; empty if none")
                .addStringProperty("rationale", "two or three sentences a teacher can read")
                .addNumberProperty("confidence", "0 to 1: how sure you are of this score")
                .required("score", "criteria_met", "misconception", "rationale", "confidence")
                .additionalProperties(false)
                .build();
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name("grade").rootElement(root).build())
                .build();
    }
}
