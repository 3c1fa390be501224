package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code grades}. {@code score} is the model's proposal (null when it gave none), {@code finalScore} what is
 * on the student's record (null while queued); {@code detailJson} holds the criteria met with their evidence, the
 * misconception, the similarity, the final-answer check and, for refused output, the problems and the raw reply.
 */
public record StoredGrade(long id, long studentId, @Nullable UUID sessionId, @Nullable String skillId, String promptId,
                          String answer, @Nullable Double score, @Nullable Double maxScore, @Nullable Double finalScore,
                          @Nullable Double confidence, @Nullable String rationale, GradeStatus status,
                          String statusReason, @Nullable UUID traceId, String detailJson, Instant createdAt) {}
