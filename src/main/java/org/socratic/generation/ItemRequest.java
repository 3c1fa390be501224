package org.socratic.generation;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.Map;
import org.socratic.agent.PromptTemplate;

/**
 * The request for one generated item: the curriculum agent's system prompt filled in for the target, and a JSON
 * schema as the response format (Ollama receives it in {@code format}, OpenAI in {@code response_format}), so the
 * model is held to the fields the verifier reads. The schema narrows the reply; it is still verified as untrusted.
 */
final class ItemRequest {
    static final String USER_TURN = "Write the item now, as one JSON object.";
    static final JsonSchema SCHEMA = JsonSchema.builder()
            .name("generated_item")
            .rootElement(JsonObjectSchema.builder()
                    .addProperty("seed", JsonIntegerSchema.builder().description("the variation seed, repeated").build())
                    .addStringProperty("problem", "the problem, with every number written as digits")
                    .addStringProperty("answer", "the exact final answer, a number only")
                    .addStringProperty("unit", "the unit of the answer, or an empty string")
                    .addStringProperty("computation", "arithmetic over the problem's numbers that gives the answer")
                    .addProperty("solution_steps", JsonArraySchema.builder().items(new JsonStringSchema())
                            .description("two to six short steps; only the last states the answer").build())
                    .addProperty("common_mistake", JsonObjectSchema.builder()
                            .addStringProperty("answer", "the wrong answer the misconception produces")
                            .addStringProperty("computation", "the arithmetic the mistake does")
                            .addStringProperty("explanation", "one sentence on what goes wrong")
                            .required("answer", "computation", "explanation")
                            .additionalProperties(false)
                            .build())
                    .required("seed", "problem", "answer", "unit", "computation", "solution_steps", "common_mistake")
                    .additionalProperties(false)
                    .build())
            .build();

    private ItemRequest() {}

    /** @param misconception the misconception as it may be sent to this provider (redacted for a cloud model) */
    static ChatRequest of(PromptTemplate prompt, Target target, String misconception) {
        String system = prompt.render(Map.of(
                "grade", target.grade() == 0 ? "K" : Integer.toString(target.grade()),
                "skill", target.skill().name(),
                "skill_description", target.skill().description(),
                "misconception", misconception,
                "seed", Long.toString(target.seed())));
        return ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(USER_TURN))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build())
                .build();
    }
}
