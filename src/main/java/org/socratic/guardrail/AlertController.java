package org.socratic.guardrail;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/** {@code GET /api/alerts}: safety alerts for the adults responsible; teachers see their students', admins all. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "guardrail")
class AlertController {
    private final GuardrailService guardrail;

    AlertController(GuardrailService guardrail) {
        this.guardrail = guardrail;
    }

    @Serdeable
    record AlertView(long id, Long studentId, String sessionId, List<String> categories, String severity, String layer,
            double score, String reason, String excerpt, String status, String webhookStatus, int webhookAttempts,
            String createdAt) {
        static AlertView of(SafetyAlert a) {
            return new AlertView(a.id(), a.studentId(), a.sessionId() == null ? null : a.sessionId().toString(),
                    a.categories(), a.severity(), a.layer(), a.score(), a.reason(), a.excerpt(), a.status(),
                    a.webhookStatus(), a.webhookAttempts(), a.createdAt().toString());
        }
    }

    @Get("/alerts")
    @Operation(summary = "Safety alerts: a teacher's students' and those addressed to them; all for an admin")
    List<AlertView> alerts(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.role() == Role.STUDENT || viewer.role() == Role.EVALUATOR) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "only teachers and admins see safety alerts");
        }
        return guardrail.alertsFor(viewer).stream().map(AlertView::of).toList();
    }
}
