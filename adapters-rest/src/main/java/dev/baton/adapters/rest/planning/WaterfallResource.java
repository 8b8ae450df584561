package dev.baton.adapters.rest.planning;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.planning.AdoptWaterfallUseCase;
import dev.baton.application.planning.PlanWaterfallUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plans/waterfall")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planning", description = "The reverse waterfall: from a revenue goal to aligned targets for every team")
public class WaterfallResource {

    private final PlanWaterfallUseCase plan;
    private final AdoptWaterfallUseCase adopt;

    @Inject
    public WaterfallResource(PlanWaterfallUseCase plan, AdoptWaterfallUseCase adopt) {
        this.plan = plan;
        this.adopt = adopt;
    }

    @Operation(
            operationId = "planWaterfall",
            summary = "Work a goal back up a funnel to each stage's required entries and proposed targets, saving"
                    + " nothing")
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
    public WaterfallResponse plan(WaterfallBody body) {
        return WaterfallResponse.of(plan.plan(Bodies.required(body).toRequest()));
    }

    @Operation(
            operationId = "adoptWaterfall",
            summary = "Write the plan's proposed targets for the teams the caller may edit, in one transaction")
    @POST
    @Path("/adopt")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    public AdoptionResponse adopt(WaterfallBody body) {
        return AdoptionResponse.of(adopt.adopt(Bodies.required(body).toRequest()));
    }
}
