package org.socratic.orchestrator;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.reactivestreams.Publisher;
import org.socratic.identity.Viewer;
import reactor.core.scheduler.Schedulers;

/** The student's tutoring session: start or resume, chat (streamed), answer, ask for a hint. Students only. */
@Controller("/api/sessions")
@Secured("STUDENT")
@Tag(name = "sessions")
class SessionController {
    private final Orchestrator orchestrator;
    private final MessageTurns turns;
    private final Explanations explanations;

    SessionController(Orchestrator orchestrator, MessageTurns turns, Explanations explanations) {
        this.orchestrator = orchestrator;
        this.turns = turns;
        this.explanations = explanations;
    }

    @Serdeable
    record ExplanationRequest(@NotBlank @Size(max = 200) String promptId, @NotBlank @Size(max = 4000) String explanation,
                              @io.micronaut.core.annotation.Nullable @Size(max = 500) String finalAnswer,
                              @NotBlank @Size(max = 200) String idempotencyKey) {}

    @Serdeable
    record MessageRequest(@NotBlank @Size(max = 2000) String text) {}

    @Serdeable
    record AttemptRequest(@NotBlank @Size(max = 200) String itemId, @NotBlank @Size(max = 500) String answer,
                          @Min(-1) @Max(86_400_000) long responseTimeMs, @NotBlank @Size(max = 200) String idempotencyKey) {}

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Start the student's session, or resume the open one: {id, state, skill, item}")
    SessionView start(Authentication authentication) {
        return orchestrator.start(Viewer.of(authentication).userId());
    }

    @Get("/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "The session as it is now")
    SessionView get(UUID id, Authentication authentication) {
        return orchestrator.view(orchestrator.session(id, Viewer.of(authentication).userId()));
    }

    @Post(value = "/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Send a message to the tutor; the reply streams as server-sent events: 'token' events "
            + "with checked text, then one 'done' event with messageId, traceId and the guardrail actions")
    Publisher<Event<String>> message(UUID id, @Body @Valid MessageRequest request, Authentication authentication) {
        long student = Viewer.of(authentication).userId();
        return turns.message(id, student, request.text())
                .map(event -> switch (event) {
                    case TurnEvent.Token t -> Event.of(t.text()).name("token");
                    case TurnEvent.Done d -> Event.of(d.json()).name("done");
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Post("/{id}/attempts")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Answer the current item: graded by the content checker; the same idempotencyKey twice "
            + "changes nothing the second time")
    AttemptResult attempt(UUID id, @Body @Valid AttemptRequest request, Authentication authentication) {
        return orchestrator.attempt(id, Viewer.of(authentication).userId(), request.itemId(), request.answer(),
                request.responseTimeMs(), request.idempotencyKey());
    }

    @Post("/{id}/hints")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "The next rung of the current item's hint ladder (the last is the worked solution)")
    HintResult hint(UUID id, Authentication authentication) {
        return orchestrator.hint(id, Viewer.of(authentication).userId());
    }

    @Get("/{id}/open-prompt")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "An open question on the current skill (\"explain why\"), if the content has one (else 404)")
    HttpResponse<Explanations.Prompt> openPrompt(UUID id, Authentication authentication) {
        return explanations.promptFor(id, Viewer.of(authentication).userId())
                .map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Post("/{id}/explanations")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Answer an open question: graded against its rubric by the grading agent, or queued for "
            + "the teacher when it is unsure or unavailable")
    Explanations.Graded explain(UUID id, @Body @Valid ExplanationRequest request, Authentication authentication) {
        try {
            return explanations.submit(id, Viewer.of(authentication).userId(), request.promptId(), request.explanation(),
                    request.finalAnswer(), request.idempotencyKey());
        } catch (IllegalArgumentException e) {
            throw new io.micronaut.http.exceptions.HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Error(exception = SessionNotFound.class)
    HttpResponse<Map<String, String>> notFound(SessionNotFound e) {
        return HttpResponse.notFound(Map.of("error", e.getMessage()));
    }

    @Error(exception = StaleItem.class)
    HttpResponse<Map<String, String>> stale(StaleItem e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

}
