package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import java.util.List;
import org.socratic.classroom.AccessDecision;
import org.socratic.classroom.Classrooms;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/**
 * The teacher's review queue. Teachers see and review the grades of their own students (anyone else's grade is a
 * 404, so ids cannot be probed), admins everyone's; students and evaluators are refused (403). Each review is
 * stored, put on the student's record and audited as a {@code grade.reviewed} event linking the model's trace.
 */
@Singleton
public class GradeReviews {
    static final int QUEUE_LIMIT = 200;
    private final GradeStore store;
    private final Classrooms classrooms;
    private final OpenResponseBank bank;

    GradeReviews(GradeStore store, Classrooms classrooms, OpenResponseBank bank) {
        this.store = store;
        this.classrooms = classrooms;
        this.bank = bank;
    }

    /** Pending grades the viewer may review, oldest first (at most {@value #QUEUE_LIMIT}). */
    public List<GradeView> queue(Viewer viewer) {
        Long teacher = switch (viewer.role()) {
            case ADMIN -> null;
            case TEACHER -> viewer.userId();
            case STUDENT, EVALUATOR -> throw forbidden();
        };
        return store.pending(teacher, QUEUE_LIMIT).stream()
                .map(p -> GradeView.of(p.grade(), p.studentName(), bank.find(p.grade().promptId()).orElse(null)))
                .toList();
    }

    /** Accepts or overrides a grade; 400 with the reason when the request is not a valid review. */
    public ReviewOutcome review(Viewer viewer, long gradeId, ReviewRequest request, @Nullable String idempotencyKey) {
        if (viewer.role() != Role.TEACHER && viewer.role() != Role.ADMIN) throw forbidden();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 150)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "an Idempotency-Key is 1 to 150 characters");
        }
        StoredGrade grade = store.find(gradeId).orElseThrow(GradeReviews::notFound);
        AccessDecision access = classrooms.accessToStudent(viewer, grade.studentId());
        if (!(access instanceof AccessDecision.Allowed)) throw notFound();
        try {
            return ReviewOutcome.of(store.review(gradeId, viewer.userId(),
                    locked -> Review.of(request.decision(), request.score(), request.reason(), locked), idempotencyKey));
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (GradeStore.IdempotencyConflict e) {
            throw new HttpStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static HttpStatusException forbidden() {
        return new HttpStatusException(HttpStatus.FORBIDDEN, "only teachers and admins review grades");
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "not found");
    }
}
