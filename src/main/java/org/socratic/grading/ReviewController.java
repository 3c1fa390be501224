package org.socratic.grading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socratic.identity.Viewer;

/** The teacher's review queue of AI grades, and the review of one grade. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "grading")
class ReviewController {
    private final GradeReviews reviews;

    ReviewController(GradeReviews reviews) {
        this.reviews = reviews;
    }

    @Get("/review-queue")
    @Operation(summary = "AI grades waiting for a teacher",
            description = "Grades the grading agent queued (low confidence, disagreement with the reference answers, "
                    + "invalid model output, or the model unavailable), oldest first, with the model's score, "
                    + "confidence, rationale, criteria met with evidence, misconception, similarity, the reason it "
                    + "was queued and the trace id. A teacher sees their own students' grades, an admin everyone's.")
    @ApiResponse(responseCode = "200", description = "The queue (at most 200 grades)")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    List<GradeView> queue(Authentication authentication) {
        return reviews.queue(Viewer.of(authentication));
    }

    @Post("/grades/{id}/review")
    @Operation(summary = "Accept or override an AI grade",
            description = "Body {\"decision\":\"accept\"|\"override\",\"score\":n,\"reason\":\"...\"}. Accept keeps the "
                    + "model's score; override needs a score within the rubric and a reason. The score goes on the "
                    + "student's record, the review is stored and audited as a grade.reviewed event that links the "
                    + "trace of the model call. Send an Idempotency-Key header to make a retry safe.")
    @ApiResponse(responseCode = "200", description = "The review and the score now on the record")
    @ApiResponse(responseCode = "400", description = "Not a valid review (the message says why)")
    @ApiResponse(responseCode = "403", description = "Students and evaluators")
    @ApiResponse(responseCode = "404", description = "No such grade, or a grade of a student the teacher does not teach")
    @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for another grade's review")
    ReviewOutcome review(long id, @Body ReviewRequest request, Authentication authentication,
                         @Parameter(description = "Makes a retried review return the first one")
                         @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return reviews.review(Viewer.of(authentication), id, request, idempotencyKey);
    }
}
