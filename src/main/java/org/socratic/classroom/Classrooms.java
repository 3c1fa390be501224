package org.socratic.classroom;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.socratic.identity.User;
import org.socratic.identity.Users;
import org.socratic.identity.Viewer;

/** Classes and enrollments, and the access checks that guard every read of a student's data. */
@Singleton
public class Classrooms {
    private final ClassRepository classes;
    private final Users users;

    Classrooms(ClassRepository classes, Users users) {
        this.classes = classes;
        this.users = users;
    }

    public ClassRow createIfAbsent(String name, long teacherId, @Nullable Integer grade) {
        return classes.findByTeacherIdAndName(teacherId, name)
                .orElseGet(() -> classes.save(new ClassRow(null, name, teacherId, grade)));
    }

    public void enroll(long classId, long studentId) {
        classes.enroll(classId, studentId);
    }

    /** The check every endpoint that returns a student's data makes first. */
    public AccessDecision accessToStudent(Viewer viewer, long studentId) {
        Optional<User> student = users.find(studentId).filter(u -> u.role() == org.socratic.identity.Role.STUDENT);
        boolean teaches = viewer.role() == org.socratic.identity.Role.TEACHER && classes.teaches(viewer.userId(), studentId);
        return StudentAccess.toStudent(viewer, studentId, student.isPresent(), teaches);
    }

    /** Throws 403/404 unless the viewer may read the student's data; returns the student. */
    public User requireStudent(Viewer viewer, long studentId) {
        accessToStudent(viewer, studentId).orThrow();
        return users.find(studentId).orElseThrow();
    }

    /** The names on the rosters of the student's classes (their own included), for the PII recogniser. */
    public java.util.Set<String> rosterNames(long studentId) {
        return java.util.Set.copyOf(classes.classmateNames(studentId));
    }

    public List<ClassRow> visibleClasses(Viewer viewer) {
        return switch (viewer.role()) {
            case ADMIN -> classes.listOrderByName();
            case TEACHER -> classes.findByTeacherIdOrderByName(viewer.userId());
            case STUDENT, EVALUATOR -> List.of();
        };
    }

    /** The roster of a class the viewer may see (403/404 otherwise). */
    public List<User> roster(Viewer viewer, long classId) {
        ClassRow clazz = classes.findById(classId).orElseThrow(
                () -> new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.NOT_FOUND, "not found"));
        StudentAccess.toClass(viewer, clazz).orThrow();
        return classes.studentIds(classId).stream().map(users::find).flatMap(Optional::stream).toList();
    }
}
