package org.socratic.orchestrator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socratic.agent.curriculum.CurriculumAgent;
import org.socratic.agent.diagnostic.DiagnosticAgent;
import org.socratic.content.Item;
import org.socratic.content.Verdict;
import org.socratic.curriculum.NextSkillDecision;
import org.socratic.curriculum.Skill;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.events.StoredEvent;
import org.socratic.identity.Users;
import org.socratic.learner.Attempt;
import org.socratic.learner.LearnerModel;
import org.socratic.learner.MasteryChange;
import org.socratic.learner.MasteryState;
import org.socratic.learner.PlacementDiagnostic;
import org.socratic.learner.PlacementRecorder;

/**
 * The session state machine: placement for a new student, then practice on the skill the curriculum picks, with
 * retention checks (review) interleaved. Plain code, so every move is reproducible in a test; each move is appended
 * to the event log as {@code session.decision} with its reason. Attempts are stored before anything else happens,
 * and an attempt's idempotency key makes a retry return the first result unchanged.
 */
@Singleton
public class Orchestrator {
    private static final Logger LOG = LoggerFactory.getLogger(Orchestrator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_GRADE = 7;
    private final SessionStore sessions;
    private final EventLog events;
    private final LearnerModel learner;
    private final PlacementRecorder placements;
    private final CurriculumAgent curriculum;
    private final DiagnosticAgent diagnostic;
    private final Users users;

    Orchestrator(SessionStore sessions, EventLog events, LearnerModel learner, PlacementRecorder placements,
                 CurriculumAgent curriculum, DiagnosticAgent diagnostic, Users users) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.learner = learner;
        this.placements = placements;
        this.curriculum = curriculum;
        this.diagnostic = diagnostic;
    }

    /** Resumes the student's open session, or starts one: with placement if the student has no history. */
    @Transactional
    public SessionView start(long studentId) {
        Optional<TutoringSession> open = sessions.latestOpen(studentId);
        if (open.isPresent()) return view(open.get());
        UUID id = UUID.randomUUID();
        Map<String, MasteryState> states = learner.states(studentId);
        TutoringSession session;
        if (states.isEmpty()) {
            PlacementDiagnostic.Placement placement = diagnostic.placement(List.of());
            session = diagnostic.next(placement)
                    .map(q -> placementItem(id, studentId, q, List.of()))
                    .orElseGet(() -> practice(new TutoringSession(id, studentId, SessionState.PRACTICE, null,
                            SessionData.onItem(null, List.of(), 0, ""), Instant.now()), states));
        } else {
            session = practice(new TutoringSession(id, studentId, SessionState.PRACTICE, null,
                    SessionData.onItem(null, List.of(), 0, ""), Instant.now()), states);
        }
        sessions.save(session);
        decision(session, "session started: " + session.data().reason());
        return view(session);
    }

    public TutoringSession session(UUID id, long studentId) {
        return sessions.find(id).filter(s -> s.studentId() == studentId).orElseThrow(SessionNotFound::new);
    }

    public SessionView view(TutoringSession session) {
        Skill skill = session.skillId() == null ? null : curriculum.graph().skill(session.skillId());
        Item item = session.data().itemId() == null ? null : curriculum.item(session.data().itemId());
        return new SessionView(session.id().toString(), session.state().id(),
                skill == null ? null : new SessionView.SkillRef(skill.id(), skill.name()),
                item == null ? null : new SessionView.ItemRef(item.id(), item.prompt()), session.data().reason());
    }

    /** The item the session is on, for the tutor and the guardrail. */
    public Optional<Item> currentItem(TutoringSession session) {
        return Optional.ofNullable(session.data().itemId()).map(curriculum::item);
    }

    /**
     * Grades an answer with the content checker, records it, updates mastery and moves the session on. The
     * attempt is stored as an event before any decision; a repeated idempotency key returns the first result.
     */
    @Transactional
    public AttemptResult attempt(UUID sessionId, long studentId, String itemId, String answer, long responseTimeMs,
                                 String idempotencyKey) {
        String resultKey = "attempt-result:" + studentId + ":" + idempotencyKey;
        Optional<StoredEvent> earlier = events.findByIdempotencyKey(resultKey);
        if (earlier.isPresent()) return readResult(earlier.get()).asReplay();

        TutoringSession session = sessions.lock(sessionId).filter(s -> s.studentId() == studentId)
                .orElseThrow(SessionNotFound::new);
        // A concurrent retry with the same key waited for the lock: it gets the first result too.
        earlier = events.findByIdempotencyKey(resultKey);
        if (earlier.isPresent()) return readResult(earlier.get()).asReplay();
        if (session.data().itemId() == null || !session.data().itemId().equals(itemId)) {
            throw new StaleItem(itemId, String.valueOf(session.data().itemId()));
        }
        Item item = curriculum.item(itemId);
        Item.Checked checked = item.check(answer);
        AttemptResult result;
        if (checked.verdict() instanceof Verdict.Malformed malformed) {
            events.append(new NewEvent("answer.unreadable", studentId, studentId, sessionId, null,
                    payload("itemId", itemId, "answer", answer, "message", malformed.message())));
            result = new AttemptResult(null, malformed.message(), null, view(session), false);
        } else if (session.state() == SessionState.PLACEMENT) {
            result = placementAnswer(session, item, answer, checked.correct(), responseTimeMs, idempotencyKey);
        } else {
            result = practiceAnswer(session, item, checked, answer, responseTimeMs, idempotencyKey);
        }
        events.append(new NewEvent("attempt.result", studentId, studentId, sessionId, resultKey, write(result)));
        return result;
    }

    /** The next rung of the current item's hint ladder; the last rung is the worked solution. */
    @Transactional
    public HintResult hint(UUID sessionId, long studentId) {
        TutoringSession session = sessions.lock(sessionId).filter(s -> s.studentId() == studentId)
                .orElseThrow(SessionNotFound::new);
        Item item = currentItem(session).orElseThrow(() -> new IllegalStateException("no item to hint on"));
        int rung = Math.min(session.data().hintsShown(), item.hints().size() - 1);
        boolean solution = rung == item.hints().size() - 1;
        if (session.data().hintsShown() < item.hints().size()) sessions.save(session.with(session.data().withHintShown()));
        events.append(new NewEvent("hint.shown", studentId, studentId, sessionId, null,
                payload("itemId", item.id(), "rung", Integer.toString(rung + 1), "workedSolution", Boolean.toString(solution))));
        return new HintResult(rung + 1, item.hints().size(), item.hints().get(rung), solution);
    }

    private AttemptResult placementAnswer(TutoringSession session, Item item, String answer, boolean correct,
                                          long responseTimeMs, String key) {
        ObjectNode attempt = JSON.createObjectNode().put("skillId", item.skillId()).put("itemId", item.id())
                .put("correct", correct).put("responseTimeMs", responseTimeMs).put("afterWorkedSolution", false)
                .put("placement", true).put("answer", answer);
        events.append(new NewEvent("attempt", session.studentId(), session.studentId(), session.id(),
                "attempt:" + session.studentId() + ":" + key, attempt.toString()));
        List<PlacementDiagnostic.Step> steps = new ArrayList<>(session.data().placement());
        steps.add(new PlacementDiagnostic.Step(item.skillId(), correct));
        PlacementDiagnostic.Placement placement = diagnostic.placement(steps);
        Optional<PlacementDiagnostic.Question> next = diagnostic.next(placement);
        TutoringSession moved;
        if (next.isPresent()) {
            moved = placementItem(session.id(), session.studentId(), next.get(), steps);
        } else {
            placements.record(session.studentId(), session.id(), placement);
            int grade = users.find(session.studentId()).map(Orchestrator::gradeOf).orElse(DEFAULT_GRADE);
            DiagnosticAgent.Summary summary = diagnostic.summarize(session.studentId(), session.id(), grade, placement);
            events.append(new NewEvent("placement.summary", session.studentId(), null, session.id(), null,
                    payload("text", summary.text(), "byModel", Boolean.toString(summary.byModel()),
                            "traceId", summary.traceId().toString())));
            moved = practice(session, learner.states(session.studentId()));
        }
        sessions.save(moved);
        decision(moved, moved.data().reason());
        String feedback = correct ? "Thanks! That one is right." : "Thanks! That helps me see where to start.";
        return new AttemptResult(correct, feedback + (next.isEmpty() ? " Placement is done; let's practise." : ""),
                null, view(moved), false);
    }

    private AttemptResult practiceAnswer(TutoringSession session, Item item, Item.Checked checked, String answer,
                                         long responseTimeMs, String key) {
        Skill skill = curriculum.graph().skill(item.skillId());
        Attempt attempt = new Attempt(item.skillId(), item.id(), checked.correct(), Math.max(-1, responseTimeMs), 0,
                session.data().hintsShown() >= item.hints().size(), Instant.now());
        MasteryChange change = learner.recordAttempt(session.studentId(), attempt, skill.lowStakes(), session.id(),
                "attempt:" + session.studentId() + ":" + key);
        AttemptResult.MasteryReport mastery = new AttemptResult.MasteryReport(item.skillId(), change.before().pKnown(),
                change.after().pKnown(), change.after().evidence().answers(), change.after().effectivelyMastered());
        TutoringSession moved;
        String feedback;
        if (checked.correct()) {
            TutoringSession answered = session.with(new SessionData(item.id(), 0, 0, null, true, List.of(),
                    session.data().itemsSinceReview() + 1, session.data().reason()));
            moved = targetedPractice(answered, item, session.data().misconceptionId(), change)
                    .orElseGet(() -> practice(answered, learner.states(session.studentId())));
            feedback = change.becameMastered() ? "Correct! You have mastered " + skill.name() + "." : "Correct!";
        } else {
            String misconception = checked.misconception().map(m -> m.id()).orElse(null);
            moved = session.with(session.data().withWrongAnswer(misconception));
            feedback = checked.misconception()
                    .map(m -> "Not quite. Check this step: " + lowerFirst(m.description()))
                    .orElse("Not quite. Have another look, or ask for a hint.");
        }
        sessions.save(moved);
        if (checked.correct()) decision(moved, moved.data().reason());
        return new AttemptResult(checked.correct(), feedback, mastery, view(moved), false);
    }

    /**
     * After a misconception showed on this item and the student then got it right: one more item aimed at that
     * misconception, unless the skill is now mastered.
     */
    private Optional<TutoringSession> targetedPractice(TutoringSession session, Item item, String misconceptionId,
                                                       MasteryChange change) {
        if (misconceptionId == null || change.after().effectivelyMastered()) return Optional.empty();
        Optional<org.socratic.content.Misconception> misconception = item.misconceptions().stream()
                .filter(m -> m.id().equals(misconceptionId)).findFirst();
        if (misconception.isEmpty()) return Optional.empty();
        int grade = users.find(session.studentId()).map(Orchestrator::gradeOf).orElse(DEFAULT_GRADE);
        return curriculum.targeted(item.skillId(), misconception.get(), grade, session.studentId(), session.id())
                .flatMap(t -> t.item())
                .map(next -> session.with(SessionState.PRACTICE, item.skillId(), SessionData.onItem(next.id(), List.of(),
                        session.data().itemsSinceReview(), "Targeted practice: the last wrong answer showed "
                                + lowerFirst(misconception.get().description()))));
    }

    /** Moves the session to what the curriculum picks next. */
    private TutoringSession practice(TutoringSession session, Map<String, MasteryState> states) {
        NextSkillDecision decision = curriculum.nextSkill(states, session.data().itemsSinceReview());
        long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return switch (decision) {
            case NextSkillDecision.Practice p -> onSkill(session, SessionState.PRACTICE, p.skillId(), states, seed,
                    session.data().itemsSinceReview(), p.reason());
            case NextSkillDecision.Review r -> onSkill(session, SessionState.REVIEW, r.skillId(), states, seed, 0,
                    r.reason());
            case NextSkillDecision.Finished f -> session.with(SessionState.FINISHED, null,
                    SessionData.onItem(null, List.of(), 0, f.reason()));
        };
    }

    private TutoringSession onSkill(TutoringSession session, SessionState state, String skillId,
                                    Map<String, MasteryState> states, long seed, int sinceReview, String reason) {
        double pKnown = Optional.ofNullable(states.get(skillId)).map(MasteryState::pKnown).orElse(0.3);
        Item item = curriculum.itemFor(skillId, pKnown, seed);
        return session.with(state, skillId, SessionData.onItem(item.id(), List.of(), sinceReview, reason));
    }

    private TutoringSession placementItem(UUID id, long studentId, PlacementDiagnostic.Question question,
                                          List<PlacementDiagnostic.Step> steps) {
        Item item = curriculum.itemFor(question.skillId(), 0.5, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        return new TutoringSession(id, studentId, SessionState.PLACEMENT, question.skillId(),
                SessionData.onItem(item.id(), steps, 0, question.reason()), Instant.now());
    }

    private void decision(TutoringSession session, String reason) {
        events.append(new NewEvent("session.decision", session.studentId(), null, session.id(), null,
                payload("state", session.state().id(), "skillId", String.valueOf(session.skillId()),
                        "itemId", String.valueOf(session.data().itemId()), "reason", reason)));
        LOG.debug("session {} -> {} {}: {}", session.id(), session.state().id(), session.skillId(), reason);
    }

    /** The student's grade; the demo's grade 7 when the account does not say. */
    static int gradeOf(org.socratic.identity.User student) {
        return student.grade() == null ? DEFAULT_GRADE : student.grade();
    }

    private static String payload(String... keyValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) node.put(keyValues[i], keyValues[i + 1]);
        return node.toString();
    }

    private static String write(AttemptResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttemptResult readResult(StoredEvent event) {
        try {
            return JSON.readValue(event.payloadJson(), AttemptResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored attempt result " + event.id(), e);
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
