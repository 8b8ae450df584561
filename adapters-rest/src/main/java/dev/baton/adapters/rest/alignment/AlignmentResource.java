package dev.baton.adapters.rest.alignment;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.alignment.AlignmentQuery;
import dev.baton.application.alignment.EvaluatePlanUseCase;
import dev.baton.application.alignment.GetAlignmentReportUseCase;
import dev.baton.application.alignment.WhatIfCommand;
import dev.baton.application.alignment.WhatIfUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alignment")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment", description = "The alignment rules over the stored plan, a what-if, or a plan sent whole")
public class AlignmentResource {

    private final GetAlignmentReportUseCase report;
    private final WhatIfUseCase whatIf;
    private final EvaluatePlanUseCase evaluate;

    @Inject
    public AlignmentResource(GetAlignmentReportUseCase report, WhatIfUseCase whatIf, EvaluatePlanUseCase evaluate) {
        this.report = report;
        this.whatIf = whatIf;
        this.evaluate = evaluate;
    }

    @Operation(operationId = "getAlignmentReport", summary = "The alignment report of the stored plan for a period")
    @GET
    public AlignmentResponse report(@QueryParam("period") String period) {
        return AlignmentResponse.of(report.report(AlignmentQuery.of(period)));
    }

    @Operation(
            operationId = "previewWhatIf",
            summary = "The report before and after one proposed change, saving nothing")
    @POST
    @Path("/what-if")
    public WhatIfResponse whatIf(WhatIfRequest request) {
        WhatIfRequest body = Bodies.required(request);
        return WhatIfResponse.of(whatIf.whatIf(WhatIfCommand.of(
                body.period(),
                body.action(),
                body.targetId(),
                body.target() == null ? null : body.target().toInput())));
    }

    @Operation(
            operationId = "evaluatePlan",
            summary = "Check a whole plan sent in the body, without touching the database")
    @APIResponse(
            responseCode = "200",
            description = "The plan's alignment report",
            content = @Content(schema = @Schema(implementation = AlignmentResponse.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field is wrong, or the plan holds more than 10,000 targets:"
                    + " field targets names the limit and the count received")
    @POST
    @Path("/evaluate")
    public AlignmentResponse evaluate(PlanRequest request) {
        return AlignmentResponse.of(evaluate.evaluate(Bodies.required(request).toInput()));
    }
}
