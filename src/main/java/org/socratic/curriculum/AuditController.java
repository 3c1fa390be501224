package org.socratic.curriculum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The prerequisite audit over the event log, for teachers and curriculum owners. */
@Controller("/api/curriculum/audit")
@Secured({"TEACHER", "EVALUATOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(AuditReport.class)
@SerdeImport(AuditOptions.class)
@SerdeImport(AuditReport.EdgeFinding.class)
@SerdeImport(AuditReport.MissingEdge.class)
@Tag(name = "curriculum")
class AuditController {
    private final PrerequisiteAuditService audit;
    private final SkillGraph graph;

    AuditController(PrerequisiteAuditService audit, SkillGraph graph) {
        this.audit = audit;
        this.graph = graph;
    }

    @Get
    @Operation(summary = "For each prerequisite edge, the failure rate on first attempts after mastering the "
            + "prerequisite; edges above the threshold and likely missing edges. Aggregates only: no student data.")
    AuditReport audit(@Nullable @QueryValue Double threshold) {
        AuditOptions d = AuditOptions.DEFAULTS;
        AuditOptions options = threshold == null ? d : new AuditOptions(threshold, d.firstAttempts(), d.minStudents(),
                d.masteryStreak(), d.missingEdgeGap());
        return audit.audit(graph, options);
    }
}
