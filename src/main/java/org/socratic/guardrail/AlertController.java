package org.socratic.guardrail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socratic.identity.Viewer;

/**
 * Safety alerts for the adults responsible, and their handling: teachers see and act on the alerts about their
 * students and those addressed to them (a designated counsellor), admins all; students and evaluators none.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "guardrail")
class AlertController {
    private final AlertHandling handling;

    AlertController(AlertHandling handling) {
        this.handling = handling;
    }

    @Serdeable
    record ActionView(String action, long byId, String by, String at, @Nullable String note) {
        static ActionView of(AlertAction a) {
            return new ActionView(a.kind().id(), a.actorId(), a.actorUsername(), a.actedAt().toString(), a.note());
        }
    }

    @Serdeable
    record AlertView(long id, @Nullable Long studentId, @Nullable String sessionId, List<String> categories, String severity, String layer,
            double score, String reason, String excerpt, String status, String webhookStatus, int webhookAttempts,
            String createdAt, @Nullable String acknowledgedBy, @Nullable String acknowledgedAt,
            @Nullable String resolvedBy, @Nullable String resolvedAt, @Nullable String resolutionNote,
            List<ActionView> history) {
        static AlertView of(HandledAlert h) {
            SafetyAlert a = h.alert();
            var ack = h.acknowledged();
            var res = h.resolved();
            return new AlertView(a.id(), a.studentId(), a.sessionId() == null ? null : a.sessionId().toString(),
                    a.categories(), a.severity(), a.layer(), a.score(), a.reason(), a.excerpt(), a.status(),
                    a.webhookStatus(), a.webhookAttempts(), a.createdAt().toString(),
                    ack.map(AlertAction::actorUsername).orElse(null),
                    ack.map(s -> s.actedAt().toString()).orElse(null),
                    res.map(AlertAction::actorUsername).orElse(null),
                    res.map(s -> s.actedAt().toString()).orElse(null),
                    res.map(AlertAction::note).orElse(null),
                    h.history().stream().map(ActionView::of).toList());
        }
    }

    @Serdeable
    record ResolveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = AlertNote.MAX_LENGTH,
            description = "what was done about the alert") @Nullable String note) {}

    @Get("/alerts{?status}")
    @Operation(summary = "Safety alerts: a teacher's students' and those addressed to them; all for an admin",
            description = "Newest first. Each alert has its status (open, acknowledged, resolved), acknowledgedBy/At, "
                    + "resolvedBy/At, resolutionNote and the history of its handling, oldest step first.")
    @ApiResponse(responseCode = "200", description = "The alerts the viewer may see")
    @ApiResponse(responseCode = "400", description = "status is not open, acknowledged or resolved")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    List<AlertView> alerts(@Parameter(description = "only alerts in this status; all when absent",
                                   schema = @Schema(allowableValues = {"open", "acknowledged", "resolved"}))
                           @Nullable @QueryValue String status, Authentication authentication) {
        AlertStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : AlertStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return handling.list(Viewer.of(authentication), wanted).stream().map(AlertView::of).toList();
    }

    @Get("/alerts/{id}")
    @Operation(summary = "One safety alert with the history of its handling")
    @ApiResponse(responseCode = "200", description = "The alert")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    @ApiResponse(responseCode = "404", description = "No such alert, or one that does not concern the teacher")
    AlertView alert(long id, Authentication authentication) {
        return AlertView.of(handling.find(Viewer.of(authentication), id));
    }

    @Post("/alerts/{id}/acknowledge")
    @Operation(summary = "Acknowledge a safety alert: seen, someone is on it",
            description = "Idempotent: when the alert is acknowledged (or resolved) already, nothing changes and the "
                    + "first acknowledgement stands. A new acknowledgement appends a guardrail.alert.acknowledged event.")
    @ApiResponse(responseCode = "200", description = "The alert, acknowledged")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    @ApiResponse(responseCode = "404", description = "No such alert, or one that does not concern the teacher")
    AlertView acknowledge(long id, Authentication authentication) {
        return AlertView.of(handling.acknowledge(Viewer.of(authentication), id));
    }

    @Post("/alerts/{id}/resolve")
    @Operation(summary = "Resolve a safety alert with a note of what was done",
            description = "Body {\"note\":\"...\"}: required, 1 to " + AlertNote.MAX_LENGTH + " characters. An alert "
                    + "nobody had acknowledged is acknowledged by the resolver in the same step. Appends a "
                    + "guardrail.alert.resolved event.")
    @ApiResponse(responseCode = "200", description = "The alert, resolved")
    @ApiResponse(responseCode = "400", description = "note missing, blank or too long (the message says which)")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    @ApiResponse(responseCode = "404", description = "No such alert, or one that does not concern the teacher")
    @ApiResponse(responseCode = "409", description = "The alert was resolved already (the message says by whom)")
    AlertView resolve(long id, @Nullable @Body ResolveRequest request, Authentication authentication) {
        return AlertView.of(handling.resolve(Viewer.of(authentication), id, request == null ? null : request.note()));
    }
}
