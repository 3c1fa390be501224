package org.socratic.classroom;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.socratic.events.EventErasure;
import org.socratic.identity.Role;
import org.socratic.identity.User;
import org.socratic.identity.Users;

/**
 * Removes everything about one student, in one transaction: their events (through the audited erasure routine)
 * and their account, whose foreign keys cascade to enrollments, sessions, mastery, traces, verdicts and grades.
 */
@Singleton
public class StudentErasure {
    private final Users users;
    private final EventErasure erasure;

    StudentErasure(Users users, EventErasure erasure) {
        this.users = users;
        this.erasure = erasure;
    }

    public record Result(User student, long eventsRemoved) {}

    @Transactional
    public Result erase(String username, String requestedBy, String reason) {
        User student = users.findByUsername(username)
                .filter(u -> u.role() == Role.STUDENT)
                .orElseThrow(() -> new IllegalArgumentException("no student with the username " + username));
        long removed = erasure.eraseStudent(student.id(), requestedBy, reason);
        users.delete(student.id());
        return new Result(student, removed);
    }
}
