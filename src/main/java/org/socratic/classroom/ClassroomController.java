package org.socratic.classroom;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socratic.identity.User;
import org.socratic.identity.Viewer;

/** Classes, rosters and student profiles, each behind {@link StudentAccess}. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "classroom")
class ClassroomController {
    private final Classrooms classrooms;

    ClassroomController(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @Serdeable
    record StudentView(long id, String username, String displayName, Integer grade) {
        static StudentView of(User user) {
            return new StudentView(user.id(), user.username(), user.displayName(), user.grade());
        }
    }

    @Get("/classes")
    @Operation(summary = "The classes the viewer teaches (all of them for an admin)")
    List<ClassRow> classes(Authentication authentication) {
        return classrooms.visibleClasses(Viewer.of(authentication));
    }

    @Get("/classes/{id}/students")
    @Operation(summary = "A class's roster: its teacher and admins only")
    List<StudentView> roster(long id, Authentication authentication) {
        return classrooms.roster(Viewer.of(authentication), id).stream().map(StudentView::of).toList();
    }

    @Get("/students/{id}")
    @Operation(summary = "A student's profile: the student, their teachers and admins only")
    StudentView student(long id, Authentication authentication) {
        return StudentView.of(classrooms.requireStudent(Viewer.of(authentication), id));
    }
}
