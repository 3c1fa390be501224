package org.socratic.generation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What evaluators and admins see of item generation: how many items were kept and rejected, and why. */
@Controller("/api/generated-items")
@Tag(name = "generation")
class GeneratedItemsController {
    private final TargetedPractice practice;

    GeneratedItemsController(TargetedPractice practice) {
        this.practice = practice;
    }

    @Get("/stats")
    @Secured({"EVALUATOR", "ADMIN"})
    @Operation(summary = "Model-generated items kept and rejected, counted by rejection reason, overall and per skill",
            description = "An item is kept only when the project recomputes the model's arithmetic over the problem's "
                    + "own numbers and the stated answer agrees, its common mistake gives a different value, and every "
                    + "text passes the output guardrail. byReason lists every reason, zero included.")
    RejectionStats stats() {
        return practice.stats();
    }
}
