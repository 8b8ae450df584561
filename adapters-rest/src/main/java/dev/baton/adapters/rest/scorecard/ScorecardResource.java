package dev.baton.adapters.rest.scorecard;

import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.scorecard.GetScorecardUseCase;
import dev.baton.application.scorecard.ScorecardQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/scorecard")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecard", description = "The executive scorecard of a period")
public class ScorecardResource {

    private final GetScorecardUseCase scorecards;

    @Inject
    public ScorecardResource(GetScorecardUseCase scorecards) {
        this.scorecards = scorecards;
    }

    /** The scorecard of {@code period} (2026-09, 2026-Q3, 2026); without one, the current or latest month. */
    @Operation(operationId = "getScorecard", summary = "The scorecard of a period")
    @GET
    public ScorecardResponse scorecard(@QueryParam("period") String period) {
        return ScorecardResponse.of(scorecards.scorecard(ScorecardQuery.of(period)));
    }
}
