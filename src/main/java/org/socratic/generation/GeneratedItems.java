package org.socratic.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.socratic.agent.AgentTraces;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;

/**
 * The {@code generated_items} table. Recording an attempt writes its agent trace, the item row and an
 * {@code item.generated} event in one transaction, so a counted rejection always has its trace and its event.
 */
@Singleton
class GeneratedItems implements GeneratedItemStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, skill_id, misconception_id, misconception, grade, seed, status, reason, "
            + "detail, problem, answer, unit, computation, solution_steps::text, common_mistake, mistake_computation, "
            + "mistake_explanation, trace_id, created_at";
    private final DataSource dataSource;
    private final AgentTraces traces;
    private final EventLog events;

    GeneratedItems(DataSource dataSource, AgentTraces traces, EventLog events) {
        this.dataSource = dataSource;
        this.traces = traces;
        this.events = events;
    }

    @Override
    @Transactional
    public Optional<StoredItem> record(GenerationAttempt attempt) {
        traces.record(attempt.trace());
        if (attempt.verification().isEmpty()) return Optional.empty();
        long id = insert(attempt, attempt.verification().get());
        StoredItem stored = find(id).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("generatedItemId", id);
        payload.put("itemId", stored.itemId());
        payload.put("skillId", stored.skillId());
        payload.put("misconceptionId", stored.misconceptionId());
        payload.put("status", stored.kept() ? "kept" : "rejected");
        payload.put("reason", stored.reason().orElse(null));
        payload.put("traceId", attempt.trace().id().toString());
        events.append(new NewEvent("item.generated", attempt.trace().studentId(), null, attempt.trace().sessionId(),
                "generated-item-" + id, json(payload)));
        return Optional.of(stored);
    }

    private long insert(GenerationAttempt attempt, Verification verification) {
        String sql = "insert into generated_items (skill_id, misconception_id, misconception, grade, seed, status, "
                + "reason, detail, problem, answer, unit, computation, solution_steps, common_mistake, "
                + "mistake_computation, mistake_explanation, raw_reply, trace_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id";
        Target target = attempt.target();
        Optional<Draft> draft = switch (verification) {
            case Verification.Kept k -> Optional.of(k.item().draft());
            case Verification.Rejected r -> r.draft();
        };
        Optional<Rejection> rejection = verification instanceof Verification.Rejected r
                ? Optional.of(r.rejection()) : Optional.empty();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, target.skill().id());
            ps.setString(2, target.misconceptionId());
            ps.setString(3, target.misconceptionDescription());
            ps.setInt(4, target.grade());
            ps.setLong(5, target.seed());
            ps.setString(6, rejection.isEmpty() ? "kept" : "rejected");
            ps.setString(7, rejection.map(x -> x.reason().id()).orElse(null));
            ps.setString(8, rejection.map(Rejection::detail).orElse(""));
            ps.setString(9, draft.map(Draft::problem).orElse(null));
            ps.setString(10, draft.map(Draft::answer).orElse(null));
            ps.setString(11, draft.map(Draft::unit).orElse(null));
            ps.setString(12, draft.map(Draft::computation).orElse(null));
            ps.setString(13, draft.map(d -> json(d.steps())).orElse(null));
            ps.setString(14, draft.map(Draft::mistakeAnswer).orElse(null));
            ps.setString(15, draft.map(Draft::mistakeComputation).orElse(null));
            ps.setString(16, draft.map(Draft::mistakeExplanation).orElse(null));
            ps.setString(17, attempt.reply());
            ps.setObject(18, attempt.trace().id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a generated item for " + target.skill().id(), e);
        }
    }

    @Override
    @Connectable
    public Optional<StoredItem> find(long id) {
        List<StoredItem> found = query("select " + COLUMNS + " from generated_items where id = ?", List.of(id));
        return found.stream().findFirst();
    }

    @Override
    @Connectable
    public List<StoredItem> recent(Optional<String> skillId, int limit) {
        if (skillId.isPresent()) {
            return query("select " + COLUMNS + " from generated_items where skill_id = ? order by id desc limit ?",
                    List.of(skillId.get(), limit));
        }
        return query("select " + COLUMNS + " from generated_items order by id desc limit ?", List.of(limit));
    }

    @Override
    @Connectable
    public RejectionStats stats() {
        String sql = "select skill_id, status, coalesce(reason, ''), count(*) from generated_items "
                + "group by skill_id, status, reason order by skill_id, status, reason";
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (RejectionReason r : RejectionReason.values()) byReason.put(r.id(), 0L);
        Map<String, long[]> perSkill = new TreeMap<>();
        Map<String, Map<String, Long>> perSkillReasons = new TreeMap<>();
        long kept = 0;
        long rejected = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String skill = rs.getString(1);
                boolean isKept = rs.getString(2).equals("kept");
                String reason = rs.getString(3);
                long count = rs.getLong(4);
                long[] counts = perSkill.computeIfAbsent(skill, k -> new long[2]);
                perSkillReasons.computeIfAbsent(skill, k -> new TreeMap<>());
                if (isKept) {
                    kept += count;
                    counts[0] += count;
                } else {
                    rejected += count;
                    counts[1] += count;
                    byReason.merge(reason, count, Long::sum);
                    perSkillReasons.get(skill).merge(reason, count, Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count generated items", e);
        }
        List<RejectionStats.SkillCounts> skills = new ArrayList<>();
        perSkill.forEach((skill, counts) -> skills.add(
                new RejectionStats.SkillCounts(skill, counts[0], counts[1], perSkillReasons.get(skill))));
        return new RejectionStats(kept, rejected, byReason, skills);
    }

    private List<StoredItem> query(String sql, List<Object> parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, parameters.get(i));
            List<StoredItem> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read generated items", e);
        }
    }

    private static StoredItem read(ResultSet rs) throws SQLException {
        Optional<Draft> draft = Optional.empty();
        String problem = rs.getString("problem");
        if (problem != null) {
            draft = Optional.of(new Draft(rs.getLong("seed"), problem, orEmpty(rs.getString("answer")),
                    orEmpty(rs.getString("unit")), orEmpty(rs.getString("computation")), steps(rs.getString(14)),
                    orEmpty(rs.getString("common_mistake")), orEmpty(rs.getString("mistake_computation")),
                    orEmpty(rs.getString("mistake_explanation"))));
        }
        return new StoredItem(rs.getLong("id"), rs.getString("skill_id"), rs.getString("misconception_id"),
                rs.getString("misconception"), rs.getInt("grade"), rs.getLong("seed"),
                rs.getString("status").equals("kept"), Optional.ofNullable(rs.getString("reason")),
                rs.getString("detail"), draft, Optional.ofNullable(rs.getObject("trace_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> steps(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("solution_steps is not a list of strings: " + json, e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
