package org.socratic.learner;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.socratic.classroom.Classrooms;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/** A student's mastery per skill with its evidence; a teacher's override of a state. */
@Controller("/api/students/{studentId}/mastery")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "learner")
class MasteryController {
    private final LearnerModel learner;
    private final Classrooms classrooms;

    MasteryController(LearnerModel learner, Classrooms classrooms) {
        this.learner = learner;
        this.classrooms = classrooms;
    }

    @Serdeable
    record SkillMastery(String skillId, double pKnown, int observations, boolean mastered, boolean overridden,
                        int correctStreak, Instant lastAnsweredAt, String reason) {
        static SkillMastery of(MasteryState s) {
            return new SkillMastery(s.skillId(), s.pKnown(), s.evidence().answers(), s.effectivelyMastered(),
                    s.overridden(), s.evidence().correctStreak(), s.evidence().lastAnsweredAt(), s.reason());
        }
    }

    @Serdeable
    record OverrideRequest(boolean mastered, @NotBlank @Size(max = 500) String reason) {}

    @Get
    @Operation(summary = "Per skill: pKnown, observations, mastered, and the evidence behind it (the student, their teachers, admins)")
    List<SkillMastery> mastery(long studentId, Authentication authentication) {
        classrooms.requireStudent(Viewer.of(authentication), studentId);
        return learner.states(studentId).values().stream().map(SkillMastery::of)
                .sorted(java.util.Comparator.comparing(SkillMastery::skillId)).toList();
    }

    @Post("/{skillId}/override")
    @Secured({"TEACHER", "ADMIN"})
    @Operation(summary = "A teacher sets a skill mastered or not, with a reason; recorded as an event")
    SkillMastery override(long studentId, String skillId, @Body @Valid OverrideRequest request,
                          Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.role() != Role.TEACHER && viewer.role() != Role.ADMIN) throw new HttpStatusException(
                io.micronaut.http.HttpStatus.FORBIDDEN, "only teachers override mastery");
        classrooms.requireStudent(viewer, studentId);
        return SkillMastery.of(learner.override(studentId, skillId, viewer.userId(), request.mastered(),
                request.reason()).after());
    }
}
