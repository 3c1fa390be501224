package org.socratic.orchestrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.socratic.agent.tutor.TutorAgent;
import org.socratic.agent.tutor.TutorReply;
import org.socratic.agent.tutor.TutorRequest;
import org.socratic.classroom.Classrooms;
import org.socratic.content.Item;
import org.socratic.content.Misconception;
import org.socratic.content.RetrievedChunk;
import org.socratic.events.EventLog;
import org.socratic.events.NewEvent;
import org.socratic.events.StoredEvent;
import org.socratic.guardrail.GuardrailContext;
import org.socratic.guardrail.GuardrailResult;
import org.socratic.guardrail.GuardrailService;
import org.socratic.identity.User;
import org.socratic.identity.Users;
import org.socratic.learner.LearnerModel;
import org.socratic.llm.ModelUnavailableException;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * One message turn: store the message, input guardrail, route (a guardrail reply, or the tutor), output guardrail
 * sentence by sentence, persist, stream. The student's message is appended to the event log before any model is
 * called, so nothing typed is lost; when the tutor's model is unavailable the student gets the next rung of the
 * authored hint ladder, marked as such, and never a stack trace.
 */
@Singleton
public class MessageTurns {
    static final String SUBJECT = "math";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONVERSATION = List.of("message.received", "message.sent");
    private final Orchestrator orchestrator;
    private final EventLog events;
    private final GuardrailService guardrail;
    private final TutorAgent tutor;
    private final LearnerModel learner;
    private final Users users;
    private final Classrooms classrooms;

    MessageTurns(Orchestrator orchestrator, EventLog events, GuardrailService guardrail, TutorAgent tutor,
                 LearnerModel learner, Users users, Classrooms classrooms) {
        this.orchestrator = orchestrator;
        this.events = events;
        this.guardrail = guardrail;
        this.tutor = tutor;
        this.learner = learner;
        this.users = users;
        this.classrooms = classrooms;
    }

    /** Runs the turn; the returned stream emits checked tokens and ends with one {@link TurnEvent.Done}. */
    public Flux<TurnEvent> message(UUID sessionId, long studentId, String text) {
        TutoringSession session = orchestrator.session(sessionId, studentId);
        StoredEvent received = events.append(new NewEvent("message.received", studentId, studentId, sessionId, null,
                JSON.createObjectNode().put("text", text).toString()));
        Optional<Item> item = orchestrator.currentItem(session);
        // Retrieval needs only the message and the item: it runs while the record is read and the guardrail checks.
        CompletableFuture<List<RetrievedChunk>> grounding = item.map(i -> tutor.startRetrieval(text, i))
                .orElseGet(() -> CompletableFuture.completedFuture(List.of()));
        User student = users.find(studentId).orElseThrow(SessionNotFound::new);
        int grade = Orchestrator.gradeOf(student);
        GuardrailContext context = context(session, student, grade, item);

        GuardrailService.InputScreening screening = guardrail.screenInput(text, context);
        ObjectNode done = JSON.createObjectNode().put("messageId", received.id());
        done.set("guardrail", JSON.createObjectNode().put("input", screening.result().action().id())
                .set("categories", categories(screening.result())));
        screening.alert().ifPresent(a -> done.put("alert", true));

        if (!screening.result().passed() || item.isEmpty()) {
            String reply = screening.result().reply().orElse(item.isEmpty()
                    ? "You have finished everything for now. Well done!" : "Let's get back to the problem.");
            done.putNull("traceId").put("source", "guardrail");
            return finish(Flux.just(reply), sessionId, studentId, done, "guardrail", null);
        }
        TutorRequest request = new TutorRequest(studentId, sessionId, grade, item.get(),
                learner.state(studentId, item.get().skillId()).pKnown(), misconception(session, item.get()),
                guardrail.terminologyPrompt(context.termsMet(), SUBJECT, grade), history(sessionId, received.id()),
                screening.result().text());
        TutorReply reply = tutor.reply(request, grounding, context);
        AtomicBoolean fellBack = new AtomicBoolean();
        // Output verdicts point at the tutor's trace, which is stored when the model's stream ends.
        Flux<String> checked = guardrail.screenStream(reply.unchecked(), context.toBuilder().trace(reply.traceId()).build(),
                        results -> reportOutput(done, results))
                .onErrorResume(ModelUnavailableException.class, e -> {
                    fellBack.set(true);
                    done.put("fallback", e.reason().name().toLowerCase(java.util.Locale.ROOT));
                    return Flux.just(authoredHint(session, item.get()));
                });
        done.put("traceId", reply.traceId().toString());
        return finish(checked, sessionId, studentId, done, "tutor", fellBack);
    }

    private Flux<TurnEvent> finish(Flux<String> text, UUID sessionId, long studentId, ObjectNode done, String source,
                                   AtomicBoolean fellBack) {
        StringBuilder shown = new StringBuilder();
        return text.doOnNext(shown::append)
                .<TurnEvent>map(TurnEvent.Token::new)
                .concatWith(Flux.defer(() -> {
                    boolean fallback = fellBack != null && fellBack.get();
                    done.put("source", fallback ? "authored-hint" : source);
                    ObjectNode sent = JSON.createObjectNode().put("text", shown.toString())
                            .put("source", fallback ? "authored-hint" : source);
                    if (done.hasNonNull("traceId")) sent.put("traceId", done.get("traceId").asText());
                    events.append(new NewEvent("message.sent", studentId, null, sessionId, null, sent.toString()));
                    return Flux.just(new TurnEvent.Done(done.toString()));
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    /** The output actions taken on the tutor's sentences: each action other than allow, with its categories. */
    private static void reportOutput(ObjectNode done, List<GuardrailResult> results) {
        ArrayNode output = JSON.createArrayNode();
        for (GuardrailResult result : results) {
            if (result.action() == org.socratic.guardrail.Action.ALLOW) continue;
            output.addObject().put("action", result.action().id()).set("categories", categories(result));
        }
        ((ObjectNode) done.get("guardrail")).set("output", output);
    }

    private GuardrailContext context(TutoringSession session, User student, int grade, Optional<Item> item) {
        GuardrailContext.Builder builder = GuardrailContext.builder().student(student.id()).session(session.id())
                .grade(grade).subject(SUBJECT)
                .termsMet(guardrail.termsMet(student.id(), SUBJECT))
                .roster(rosterNames(student.id()));
        item.ifPresent(i -> builder.problem(i.prompt()).answer(i.answer().display())
                .answered(session.data().answered() || session.data().hintsShown() >= i.hints().size())
                .authoredHint(authoredHint(session, i)));
        return builder.build();
    }

    private Set<String> rosterNames(long studentId) {
        return classrooms.rosterNames(studentId);
    }

    /** The rung after the ones already shown (never past the last hint before the worked solution), marked. */
    private static String authoredHint(TutoringSession session, Item item) {
        int rung = Math.min(session.data().hintsShown(), Math.max(0, item.hints().size() - 2));
        return "(A hint from the lesson materials, while the tutor is unavailable) " + item.hints().get(rung);
    }

    private static Optional<Misconception> misconception(TutoringSession session, Item item) {
        String id = session.data().misconceptionId();
        return id == null ? Optional.empty() : item.misconceptions().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private List<TutorRequest.Turn> history(UUID sessionId, long beforeEventId) {
        return events.forSession(sessionId, CONVERSATION, 12).stream()
                .filter(e -> e.id() < beforeEventId)
                .map(e -> new TutorRequest.Turn(e.type().equals("message.received"), textOf(e)))
                .toList();
    }

    private static String textOf(StoredEvent event) {
        try {
            return JSON.readTree(event.payloadJson()).path("text").asText("");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "";
        }
    }

    private static ArrayNode categories(GuardrailResult result) {
        ArrayNode out = JSON.createArrayNode();
        result.categories().forEach(c -> out.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
