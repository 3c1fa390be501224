package org.socratic.guardrail;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a guardrail layer recognised. The first thirteen are safety and conduct categories shared with the labelled
 * test set; the last four are output gates that only apply to what an agent says.
 */
public enum Category {
    SELF_HARM("self_harm"),
    ABUSE("abuse"),
    SEXUAL("sexual"),
    VIOLENCE("violence"),
    WEAPONS("weapons"),
    DRUGS("drugs"),
    BULLYING("bullying"),
    HATE("hate"),
    PROFANITY("profanity"),
    PII("pii"),
    PROMPT_INJECTION("prompt_injection"),
    ANSWER_SEEKING("answer_seeking"),
    OFF_TOPIC("off_topic"),
    ANSWER_LEAK("answer_leak"),
    READING_LEVEL("reading_level"),
    TERMINOLOGY("terminology");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The id used in configuration, in stored verdicts and in the labelled test set. */
    public String id() {
        return id;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** True for categories that the labelled test set scores; the gates below them are checked by other tests. */
    public boolean labelled() {
        return ordinal() <= ANSWER_LEAK.ordinal();
    }

    /**
     * False for what only a student does: asking for the answer, attacking the instructions. (A tutor can drift off
     * topic, so that one applies to output.)
     */
    public boolean appliesToOutput() {
        return this != ANSWER_SEEKING && this != PROMPT_INJECTION;
    }
}
