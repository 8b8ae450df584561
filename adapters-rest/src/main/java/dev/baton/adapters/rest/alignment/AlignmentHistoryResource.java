package dev.baton.adapters.rest.alignment;

import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.alignment.GetScoreHistoryUseCase;
import dev.baton.application.alignment.ScoreHistoryQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alignment/history")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment")
public class AlignmentHistoryResource {

    private final GetScoreHistoryUseCase history;

    @Inject
    public AlignmentHistoryResource(GetScoreHistoryUseCase history) {
        this.history = history;
    }

    @Operation(
            operationId = "getAlignmentHistory",
            summary = "The alignment score over the periods of one kind that end with the one named (6 by default)")
    @GET
    public ScoreHistoryResponse history(@QueryParam("period") String period, @QueryParam("count") Integer count) {
        return ScoreHistoryResponse.of(history.history(ScoreHistoryQuery.of(period, count)));
    }
}
