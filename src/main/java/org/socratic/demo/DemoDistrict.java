package org.socratic.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.socratic.classroom.ClassRow;
import org.socratic.classroom.Classrooms;
import org.socratic.identity.Role;
import org.socratic.identity.User;
import org.socratic.identity.Users;

/**
 * Two teachers with one grade-7 class of three students each, an evaluator and an admin. Idempotent: existing
 * accounts, passwords included, are left exactly as they are.
 */
@Singleton
public class DemoDistrict {
    private final Users users;
    private final Classrooms classrooms;

    DemoDistrict(Users users, Classrooms classrooms) {
        this.users = users;
        this.classrooms = classrooms;
    }

    public record Login(String username, String role, String detail) {}

    @Transactional
    public List<Login> seed(String password) {
        List<Login> logins = new ArrayList<>();
        for (int t = 1; t <= 2; t++) {
            User teacher = users.createIfAbsent("teacher" + t, "Demo Teacher " + t, Role.TEACHER, null, password);
            ClassRow clazz = classrooms.createIfAbsent("Grade 7 Maths (" + teacher.username() + ")", teacher.id(), 7);
            logins.add(new Login(teacher.username(), "teacher", "teaches " + clazz.name()));
            for (int s = 1; s <= 3; s++) {
                int n = (t - 1) * 3 + s;
                User student = users.createIfAbsent("student" + n, "Demo Student " + n, Role.STUDENT, 7, password);
                classrooms.enroll(clazz.id(), student.id());
                logins.add(new Login(student.username(), "student", "in " + clazz.name()));
            }
        }
        users.createIfAbsent("evaluator1", "Demo Evaluator", Role.EVALUATOR, null, password);
        logins.add(new Login("evaluator1", "evaluator", "runs eval suites; sees no student's personal data"));
        users.createIfAbsent("admin1", "Demo Admin", Role.ADMIN, null, password);
        logins.add(new Login("admin1", "admin", "district administrator"));
        return logins;
    }
}
