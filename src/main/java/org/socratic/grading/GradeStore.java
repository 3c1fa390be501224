package org.socratic.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.events.StoredEvent;

/**
 * The {@code grades} and {@code grade_reviews} tables. Every write appends its event in the same transaction:
 * {@code grade.proposed} (on the record), {@code grade.queued} (waiting for the teacher), {@code grade.reviewed}.
 */
@Singleton
class GradeStore {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "g.id, g.student_id, g.session_id, g.skill_id, g.item_id, g.answer, g.score, "
            + "g.max_score, g.final_score, g.confidence, g.rationale, g.status, g.status_reason, g.trace_id, "
            + "g.detail::text, g.created_at";
    private final DataSource dataSource;
    private final EventLog events;

    GradeStore(DataSource dataSource, EventLog events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    record Saved(StoredGrade grade, boolean replayed) {}

    /** Stores the grade and its event; a reused idempotency key returns the first grade and writes nothing. */
    @Transactional
    public Saved save(NewGrade g) {
        String sql = "insert into grades (student_id, session_id, skill_id, item_id, answer, score, max_score, "
                + "final_score, confidence, rationale, status, status_reason, trace_id, detail, idempotency_key) "
                // A skill not loaded into the database (content load not run yet) must not lose the answer.
                + "values (?, ?, (select id from skills where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) "
                + "on conflict (idempotency_key) do nothing "
                + "returning id";
        long id;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, g.studentId());
            ps.setObject(2, g.sessionId());
            ps.setString(3, g.skillId());
            ps.setString(4, g.promptId());
            ps.setString(5, g.answer());
            setDouble(ps, 6, g.score());
            ps.setDouble(7, g.maxScore());
            setDouble(ps, 8, g.finalScore());
            setDouble(ps, 9, g.confidence());
            ps.setString(10, g.rationale());
            ps.setString(11, g.decision().status().dbValue());
            ps.setString(12, g.decision().reason());
            ps.setObject(13, g.traceId());
            ps.setString(14, g.detailJson());
            ps.setString(15, g.idempotencyKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Saved(findByIdempotencyKey(g.idempotencyKey()).orElseThrow(), true);
                }
                id = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a grade for " + g.promptId(), e);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gradeId", id);
        payload.put("promptId", g.promptId());
        payload.put("skillId", g.skillId());
        payload.put("status", g.decision().status().dbValue());
        payload.put("reason", g.decision().reason());
        payload.put("score", g.score());
        payload.put("maxScore", g.maxScore());
        payload.put("confidence", g.confidence());
        payload.put("traceId", g.traceId() == null ? null : g.traceId().toString());
        String type = g.decision().queued() ? "grade.queued" : "grade.proposed";
        events.append(new NewEvent(type, g.studentId(), null, g.sessionId(), "grade-" + id, json(payload)));
        return new Saved(find(id).orElseThrow(), false);
    }

    @Connectable
    public Optional<StoredGrade> find(long id) {
        return one("select " + COLUMNS + " from grades g where g.id = ?", ps -> ps.setLong(1, id));
    }

    @Connectable
    public Optional<StoredGrade> findByIdempotencyKey(@Nullable String key) {
        if (key == null) return Optional.empty();
        return one("select " + COLUMNS + " from grades g where g.idempotency_key = ?", ps -> ps.setString(1, key));
    }

    /** A queued grade with the student's name, for the teacher's queue. */
    record Pending(StoredGrade grade, String studentName) {}

    /** Pending grades, oldest first: of the teacher's students, or of everyone when {@code teacherId} is null. */
    @Connectable
    public List<Pending> pending(@Nullable Long teacherId, int limit) {
        String sql = "select " + COLUMNS + ", u.display_name from grades g join users u on u.id = g.student_id "
                + "where g.status = 'pending_review' "
                + (teacherId == null ? "" : "and exists (select 1 from enrollments e join classes c on c.id = e.class_id "
                        + "where e.student_id = g.student_id and c.teacher_id = ?) ")
                + "order by g.created_at, g.id limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (teacherId != null) ps.setLong(i++, teacherId);
            ps.setInt(i, limit);
            List<Pending> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Pending(read(rs), rs.getString(17)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the review queue", e);
        }
    }

    /** Names a student's text may mention: theirs, their classmates' and their teachers' (for PII redaction). */
    @Connectable
    public Set<String> namesAround(long studentId) {
        String sql = "select u.display_name from users u where u.id = ? "
                + "union select u.display_name from enrollments mine join enrollments e on e.class_id = mine.class_id "
                + "join users u on u.id = e.student_id where mine.student_id = ? "
                + "union select u.display_name from enrollments mine join classes c on c.id = mine.class_id "
                + "join users u on u.id = c.teacher_id where mine.student_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, studentId);
            ps.setLong(2, studentId);
            ps.setLong(3, studentId);
            Set<String> names = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the student's roster", e);
        }
    }

    /** What a review wrote (or, for a reused idempotency key, what the first one wrote). */
    record Reviewed(long reviewId, long gradeId, String decision, double finalScore, @Nullable Double previousScore,
                    @Nullable UUID traceId, String reason, boolean replayed) {}

    /**
     * Records a teacher's review: locks the grade, writes {@code grade_reviews}, puts the score on the record and
     * appends {@code grade.reviewed} linking the trace it accepts or overrides. The caller checked access.
     */
    @Transactional
    public Reviewed review(long gradeId, long reviewerId, ReviewInput input, @Nullable String idempotencyKey) {
        StoredGrade grade = one("select " + COLUMNS + " from grades g where g.id = ? for update",
                ps -> ps.setLong(1, gradeId)).orElseThrow(() -> new IllegalStateException("grade " + gradeId + " vanished"));
        String eventKey = idempotencyKey == null ? null : "grade-review:" + idempotencyKey;
        Optional<StoredEvent> earlier = eventKey == null ? Optional.empty() : events.findByIdempotencyKey(eventKey);
        if (earlier.isPresent()) return replay(earlier.get(), gradeId);
        Review review = input.validate(grade);
        long reviewId;
        String insert = "insert into grade_reviews (grade_id, teacher_id, decision, new_score, reason, trace_id, "
                + "previous_score) values (?, ?, ?, ?, ?, ?, ?) returning id";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setLong(1, gradeId);
                ps.setLong(2, reviewerId);
                ps.setString(3, review.decision().dbValue());
                setDouble(ps, 4, review.score());
                ps.setString(5, review.reason());
                ps.setObject(6, grade.traceId());
                setDouble(ps, 7, grade.finalScore());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    reviewId = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update grades set status = 'reviewed', final_score = ?, reviewed_at = now() where id = ?")) {
                ps.setDouble(1, review.score());
                ps.setLong(2, gradeId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the review of grade " + gradeId, e);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gradeId", gradeId);
        payload.put("reviewId", reviewId);
        payload.put("decision", review.decision().dbValue());
        payload.put("statusBefore", grade.status().dbValue());
        payload.put("modelScore", grade.score());
        payload.put("previousScore", grade.finalScore());
        payload.put("finalScore", review.score());
        payload.put("reason", review.reason());
        payload.put("traceId", grade.traceId() == null ? null : grade.traceId().toString());
        events.append(new NewEvent("grade.reviewed", grade.studentId(), reviewerId, grade.sessionId(), eventKey, json(payload)));
        return new Reviewed(reviewId, gradeId, review.decision().dbValue(), review.score(), grade.finalScore(),
                grade.traceId(), review.reason(), false);
    }

    /** The raw review input; validated inside the transaction against the locked grade. */
    interface ReviewInput {
        Review validate(StoredGrade grade);
    }

    private static Reviewed replay(StoredEvent event, long gradeId) {
        try {
            var p = JSON.readTree(event.payloadJson());
            if (p.path("gradeId").asLong() != gradeId) {
                throw new IdempotencyConflict("this idempotency key was used for the review of another grade");
            }
            String trace = p.path("traceId").isTextual() ? p.get("traceId").asText() : null;
            return new Reviewed(p.path("reviewId").asLong(), gradeId, p.path("decision").asText(),
                    p.path("finalScore").asDouble(), p.path("previousScore").isNumber() ? p.get("previousScore").asDouble() : null,
                    trace == null ? null : UUID.fromString(trace), p.path("reason").asText(), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable grade.reviewed event " + event.id(), e);
        }
    }

    /** An idempotency key reused for a different request. */
    static final class IdempotencyConflict extends RuntimeException {
        IdempotencyConflict(String message) {
            super(message);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<StoredGrade> one(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read grades", e);
        }
    }

    private static StoredGrade read(ResultSet rs) throws SQLException {
        return new StoredGrade(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getString(6), doubleOrNull(rs, 7), doubleOrNull(rs, 8), doubleOrNull(rs, 9),
                doubleOrNull(rs, 10), rs.getString(11), GradeStatus.fromDb(rs.getString(12)), rs.getString(13),
                rs.getObject(14, UUID.class), rs.getString(15), rs.getTimestamp(16).toInstant());
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static void setDouble(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
        if (value == null) ps.setNull(index, Types.DOUBLE); else ps.setDouble(index, value);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
