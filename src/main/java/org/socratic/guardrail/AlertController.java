package org.socratic.guardrail;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socratic.identity.Viewer;

/** Safety alerts raised by escalations: a teacher sees their students', a counsellor those sent to them, admins all. */
@Controller("/api/alerts")
@Secured({"TEACHER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(SafetyAlert.class)
@Tag(name = "safety")
class AlertController {
    private final GuardrailService guardrail;

    AlertController(GuardrailService guardrail) {
        this.guardrail = guardrail;
    }

    @Get
    @Operation(summary = "Safety alerts visible to the viewer, newest first")
    List<SafetyAlert> alerts(Authentication authentication) {
        return guardrail.alertsFor(Viewer.of(authentication));
    }
}
