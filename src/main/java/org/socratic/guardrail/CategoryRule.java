package org.socratic.guardrail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the policy does with one category: its base severity, the action for each severity in an input, the action
 * in an agent's output, and the kind reply a student gets when the input is redirected or blocked.
 */
public record CategoryRule(Category category, Severity severity, Action action, Map<Severity, Action> bySeverity,
        Action outputAction, Optional<String> reply) {
    public CategoryRule {
        if (category == null || severity == null || action == null || bySeverity == null || outputAction == null
                || reply == null) {
            throw new IllegalArgumentException("a category rule has no null fields");
        }
        bySeverity = bySeverity.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bySeverity));
    }

    public Action actionFor(Severity s, Direction direction) {
        if (direction == Direction.OUTPUT) return outputAction;
        return bySeverity.getOrDefault(s, action);
    }
}
