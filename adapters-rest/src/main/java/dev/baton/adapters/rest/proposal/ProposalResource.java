package dev.baton.adapters.rest.proposal;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Problem;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.adapters.rest.target.TargetResponse;
import dev.baton.application.proposal.AcceptOutcome;
import dev.baton.application.proposal.AcceptProposalUseCase;
import dev.baton.application.proposal.DecideProposalCommand;
import dev.baton.application.proposal.DeclineProposalUseCase;
import dev.baton.application.proposal.ListProposalsQuery;
import dev.baton.application.proposal.ListProposalsUseCase;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.proposal.ProposeTargetCommand;
import dev.baton.application.proposal.ProposeTargetUseCase;
import dev.baton.application.proposal.WithdrawProposalUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/proposals")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "One team proposes a target to another, which accepts or declines it")
public class ProposalResource {

    private final ProposeTargetUseCase propose;
    private final ListProposalsUseCase list;
    private final AcceptProposalUseCase accept;
    private final DeclineProposalUseCase decline;
    private final WithdrawProposalUseCase withdraw;

    @Inject
    public ProposalResource(
            ProposeTargetUseCase propose,
            ListProposalsUseCase list,
            AcceptProposalUseCase accept,
            DeclineProposalUseCase decline,
            WithdrawProposalUseCase withdraw) {
        this.propose = propose;
        this.list = list;
        this.accept = accept;
        this.decline = decline;
        this.withdraw = withdraw;
    }

    @Operation(operationId = "listProposals", summary = "List proposals made by or to a team, by status and period")
    @GET
    public List<ProposalResponse> list(
            @QueryParam("team") Long team, @QueryParam("status") String status, @QueryParam("period") String period) {
        return list.list(ListProposalsQuery.of(team, status, period)).stream()
                .map(ProposalResponse::of)
                .toList();
    }

    @Operation(operationId = "propose", summary = "Propose a target to another team")
    @APIResponse(
            responseCode = "201",
            description = "The open proposal",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, or the caller's own team (set it directly)")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    public Response propose(ProposalRequest request, @Context UriInfo uri) {
        ProposalRequest body = Bodies.required(request);
        ProposalDetails made = propose.propose(ProposeTargetCommand.of(body.toInput()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(made.proposal().id().toString())
                        .build())
                .entity(ProposalResponse.of(made))
                .build();
    }

    @Operation(operationId = "acceptProposal", summary = "Accept a proposal: the receiving team's target is written")
    @APIResponse(
            responseCode = "200",
            description = "The accepted proposal and the target as stored",
            content = @Content(schema = @Schema(implementation = AcceptResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The target changed since the proposal was made (it is now SUPERSEDED, the current target is"
                    + " in the body), or the proposal was decided by someone else first",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = SupersededProblem.class)))
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/accept")
    public Response accept(@PathParam("id") String id) {
        AcceptOutcome outcome = accept.accept(DecideProposalCommand.of(id, null));
        if (outcome.superseded()) {
            return Response.status(409)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new SupersededProblem(
                            "about:blank",
                            "Superseded",
                            409,
                            "The target this proposal would change was changed since it was made: the proposal is"
                                    + " superseded. The current target is shown; propose again from it.",
                            ProposalResponse.of(outcome.proposal()),
                            outcome.target().map(TargetResponse::of).orElse(null)))
                    .build();
        }
        return Response.ok(AcceptResponse.of(outcome)).build();
    }

    @Operation(operationId = "declineProposal", summary = "Decline a proposal, optionally saying why")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/decline")
    public ProposalResponse decline(@PathParam("id") String id, DecisionRequest request) {
        return ProposalResponse.of(
                decline.decline(DecideProposalCommand.of(id, request == null ? null : request.note())));
    }

    @Operation(operationId = "withdrawProposal", summary = "Withdraw one's own open proposal")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/withdraw")
    public ProposalResponse withdraw(@PathParam("id") String id) {
        return ProposalResponse.of(withdraw.withdraw(DecideProposalCommand.of(id, null)));
    }
}
