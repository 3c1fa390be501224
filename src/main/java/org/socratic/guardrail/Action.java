package org.socratic.guardrail;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the pipeline does about a verdict, weakest first: the strongest action among all verdicts of a message wins.
 * <ul>
 *   <li>{@code ALLOW}: recorded only.</li>
 *   <li>{@code REDACT}: the text goes on with the offending spans replaced (personal information, a terminology
 *       rewrite).</li>
 *   <li>{@code REDIRECT}: the text is not answered as asked; the tutor kindly steers back to the work.</li>
 *   <li>{@code BLOCK}: the text is not used at all (an input gets a kind refusal, an output is reprompted or
 *       replaced).</li>
 *   <li>{@code ESCALATE}: a caring reply with crisis resources and an alert to the responsible adults.</li>
 * </ul>
 */
public enum Action {
    ALLOW, REDACT, REDIRECT, BLOCK, ESCALATE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Action> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }

    public Action strongest(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** True when the text cannot be used as it is. */
    public boolean stopsText() {
        return ordinal() >= REDIRECT.ordinal();
    }
}
