package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /api/grades/{id}/review}.
 *
 * @param decision "accept" (keep the model's score) or "override"
 * @param score    the teacher's score, required for an override, 0..the rubric's maximum
 * @param reason   why; required for an override
 */
@Serdeable
public record ReviewRequest(@Nullable String decision, @Nullable Double score, @Nullable String reason) {}
