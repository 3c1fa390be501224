package org.socratic.orchestrator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A session as the student's client sees it: where it is, the skill and the item to work on. */
@Serdeable
public record SessionView(String id, String state, @Nullable SkillRef skill, @Nullable ItemRef item, String reason) {
    @Serdeable
    public record SkillRef(String id, String name) {}

    @Serdeable
    public record ItemRef(String id, String prompt) {}
}
