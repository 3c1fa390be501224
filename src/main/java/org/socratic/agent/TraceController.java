package org.socratic.agent;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.socratic.classroom.AccessDecision;
import org.socratic.classroom.Classrooms;
import org.socratic.identity.Role;
import org.socratic.identity.Viewer;

/** One agent call's trace: for the student's teachers, evaluators and admins. */
@Controller("/api/traces")
@Secured({"TEACHER", "EVALUATOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(AgentTrace.class)
@Tag(name = "agents")
class TraceController {
    private final AgentTraces traces;
    private final Classrooms classrooms;

    TraceController(AgentTraces traces, Classrooms classrooms) {
        this.traces = traces;
        this.classrooms = classrooms;
    }

    @Get("/{id}")
    @Operation(summary = "An agent call: agent, provider, model, prompt version, retrieved content, latency, tokens, outcome")
    AgentTrace trace(UUID id, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        AgentTrace trace = traces.find(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "not found"));
        if (viewer.role() == Role.TEACHER) {
            boolean ok = trace.studentId() != null
                    && classrooms.accessToStudent(viewer, trace.studentId()) instanceof AccessDecision.Allowed;
            if (!ok) throw new HttpStatusException(HttpStatus.NOT_FOUND, "not found");
        }
        return trace;
    }
}
