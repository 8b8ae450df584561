package dev.baton.adapters.rest.target;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.PageResponse;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.target.ChangeKpiTargetCommand;
import dev.baton.application.target.ChangeKpiTargetUseCase;
import dev.baton.application.target.CopyTargetsCommand;
import dev.baton.application.target.CopyTargetsUseCase;
import dev.baton.application.target.GetTargetUseCase;
import dev.baton.application.target.ListTargetsQuery;
import dev.baton.application.target.ListTargetsUseCase;
import dev.baton.application.target.RemoveKpiTargetCommand;
import dev.baton.application.target.RemoveKpiTargetUseCase;
import dev.baton.application.target.SetKpiTargetCommand;
import dev.baton.application.target.SetKpiTargetUseCase;
import dev.baton.application.target.TargetDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/targets")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "KPI targets: a team, a metric, a period, a threshold and an accountable owner")
public class TargetResource {

    private final SetKpiTargetUseCase setTarget;
    private final ChangeKpiTargetUseCase changeTarget;
    private final RemoveKpiTargetUseCase removeTarget;
    private final CopyTargetsUseCase copyTargets;
    private final ListTargetsUseCase listTargets;
    private final GetTargetUseCase getTarget;

    @Inject
    public TargetResource(
            SetKpiTargetUseCase setTarget,
            ChangeKpiTargetUseCase changeTarget,
            RemoveKpiTargetUseCase removeTarget,
            CopyTargetsUseCase copyTargets,
            ListTargetsUseCase listTargets,
            GetTargetUseCase getTarget) {
        this.setTarget = setTarget;
        this.changeTarget = changeTarget;
        this.removeTarget = removeTarget;
        this.copyTargets = copyTargets;
        this.listTargets = listTargets;
        this.getTarget = getTarget;
    }

    @Operation(operationId = "listTargets", summary = "List KPI targets")
    @GET
    public PageResponse<TargetResponse> list(
            @QueryParam("team") Long team,
            @QueryParam("period") String period,
            @QueryParam("metric") String metric,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageResponse.of(
                listTargets.list(ListTargetsQuery.of(team, period, metric, page, size)), TargetResponse::of);
    }

    @Operation(operationId = "getTarget", summary = "Read one KPI target")
    @GET
    @Path("/{id}")
    public TargetResponse get(@PathParam("id") String id) {
        return TargetResponse.of(getTarget.get(id));
    }

    @Operation(operationId = "setTarget", summary = "Set a KPI target")
    @APIResponse(
            responseCode = "201",
            description = "The target as stored",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    public Response set(TargetRequest request, @Context UriInfo uri) {
        TargetRequest body = Bodies.required(request);
        TargetDetails target = setTarget.set(SetKpiTargetCommand.of(body.toInput()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(target.target().id().toString())
                        .build())
                .entity(TargetResponse.of(target))
                .build();
    }

    @Operation(operationId = "changeTarget", summary = "Change a KPI target")
    @APIResponse(
            responseCode = "200",
            description = "The target as stored",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "409", description = "The target changed since the version sent was read")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @PUT
    @Path("/{id}")
    public TargetResponse change(@PathParam("id") String id, TargetRequest request) {
        TargetRequest body = Bodies.required(request);
        return TargetResponse.of(changeTarget.change(ChangeKpiTargetCommand.of(id, body.toInput(), body.version())));
    }

    /** Removes a target; the version the client read goes in the query ({@code ?version=3}). */
    @Operation(operationId = "removeTarget", summary = "Remove a KPI target")
    @APIResponse(responseCode = "204", description = "The target is removed")
    @APIResponse(responseCode = "409", description = "The target changed since the version sent was read")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id, @QueryParam("version") Long version) {
        removeTarget.remove(RemoveKpiTargetCommand.of(id, version));
        return Response.noContent().build();
    }

    @Operation(operationId = "copyTargets", summary = "Copy a team's targets from one period into another")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/copy")
    public CopyResponse copy(CopyRequest request) {
        CopyRequest body = Bodies.required(request);
        return CopyResponse.of(copyTargets.copy(CopyTargetsCommand.of(body.team(), body.from(), body.to())));
    }
}
