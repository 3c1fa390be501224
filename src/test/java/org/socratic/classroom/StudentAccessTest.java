package org.socratic.classroom;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

class StudentAccessTest {
    @Test
    void a_student_sees_themselves_and_nobody_else_exists_for_them() {
        Viewer student = new Viewer(5, "s", Role.STUDENT);
        assertInstanceOf(AccessDecision.Allowed.class, StudentAccess.toStudent(student, 5, true, false));
        assertInstanceOf(AccessDecision.Hidden.class, StudentAccess.toStudent(student, 6, true, false));
    }

    @Test
    void a_teacher_sees_only_students_they_teach() {
        Viewer teacher = new Viewer(1, "t", Role.TEACHER);
        assertInstanceOf(AccessDecision.Allowed.class, StudentAccess.toStudent(teacher, 5, true, true));
        assertInstanceOf(AccessDecision.Hidden.class, StudentAccess.toStudent(teacher, 6, true, false));
    }

    @Test
    void an_evaluator_is_refused_whatever_the_student() {
        Viewer evaluator = new Viewer(9, "e", Role.EVALUATOR);
        assertInstanceOf(AccessDecision.Denied.class, StudentAccess.toStudent(evaluator, 5, true, false));
        assertInstanceOf(AccessDecision.Denied.class, StudentAccess.toStudent(evaluator, 77, false, false));
    }

    @Test
    void an_admin_sees_existing_students_and_an_unknown_id_is_not_found() {
        Viewer admin = new Viewer(10, "a", Role.ADMIN);
        assertInstanceOf(AccessDecision.Allowed.class, StudentAccess.toStudent(admin, 5, true, false));
        assertInstanceOf(AccessDecision.Hidden.class, StudentAccess.toStudent(admin, 77, false, false));
    }

    @Test
    void a_roster_is_for_the_classes_own_teacher() {
        ClassRow clazz = new ClassRow(3L, "7A", 1, 7);
        assertInstanceOf(AccessDecision.Allowed.class, StudentAccess.toClass(new Viewer(1, "t", Role.TEACHER), clazz));
        assertInstanceOf(AccessDecision.Hidden.class, StudentAccess.toClass(new Viewer(2, "t2", Role.TEACHER), clazz));
        assertInstanceOf(AccessDecision.Denied.class, StudentAccess.toClass(new Viewer(5, "s", Role.STUDENT), clazz));
    }
}
