package org.socratic.grading;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.Map;
import org.socratic.agent.PromptTemplate;

/**
 * The chat request for one explanation: the versioned system prompt with the problem, the correct answer, the
 * rubric and the references; then the student's words as data in a user message, with the checker's verdict on the
 * final answer; and the rubric's JSON schema as the response format.
 */
final class GradingRequest {
    private GradingRequest() {}

    static ChatRequest build(PromptTemplate template, OpenPrompt prompt, String explanation, FinalAnswerCheck closed) {
        String system = template.render(Map.of(
                "grade", Integer.toString(prompt.grade()),
                "problem", prompt.fullText(),
                "answer", prompt.answer().display(),
                "rubric", prompt.rubric().forPrompt(),
                "references", prompt.referencesForPrompt()));
        String user = closed.forPrompt() + "\n<explanation>\n" + explanation + "\n</explanation>";
        return ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(GradeSchema.responseFormat(prompt.rubric()))
                .build();
    }

    /** The student cannot close the data block early and write outside it. */
    static String fenced(String explanation) {
        return explanation.replaceAll("(?i)</?\\s*explanation\\s*>", " ");
    }
}
