package dev.baton.adapters.rest.team;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.PageResponse;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.team.AddTeamMemberUseCase;
import dev.baton.application.team.ArchiveTeamCommand;
import dev.baton.application.team.ArchiveTeamUseCase;
import dev.baton.application.team.CreateTeamCommand;
import dev.baton.application.team.CreateTeamUseCase;
import dev.baton.application.team.EditTeamCommand;
import dev.baton.application.team.EditTeamUseCase;
import dev.baton.application.team.GetTeamUseCase;
import dev.baton.application.team.ListTeamsQuery;
import dev.baton.application.team.ListTeamsUseCase;
import dev.baton.application.team.RemoveTeamMemberUseCase;
import dev.baton.application.team.TeamMembershipCommand;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
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

@Path("/api/teams")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Departments, their owners and members")
public class TeamResource {

    private final CreateTeamUseCase createTeam;
    private final EditTeamUseCase editTeam;
    private final AddTeamMemberUseCase addMember;
    private final RemoveTeamMemberUseCase removeMember;
    private final ArchiveTeamUseCase archiveTeam;
    private final ListTeamsUseCase listTeams;
    private final GetTeamUseCase getTeam;

    @Inject
    public TeamResource(
            CreateTeamUseCase createTeam,
            EditTeamUseCase editTeam,
            AddTeamMemberUseCase addMember,
            RemoveTeamMemberUseCase removeMember,
            ArchiveTeamUseCase archiveTeam,
            ListTeamsUseCase listTeams,
            GetTeamUseCase getTeam) {
        this.createTeam = createTeam;
        this.editTeam = editTeam;
        this.addMember = addMember;
        this.removeMember = removeMember;
        this.archiveTeam = archiveTeam;
        this.listTeams = listTeams;
        this.getTeam = getTeam;
    }

    @Operation(operationId = "listTeams", summary = "List the teams")
    @GET
    public PageResponse<TeamResponse> list(
            @QueryParam("kind") String kind,
            @QueryParam("includeArchived") Boolean includeArchived,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageResponse.of(listTeams.list(ListTeamsQuery.of(kind, includeArchived, page, size)), TeamResponse::of);
    }

    @Operation(operationId = "getTeam", summary = "Read one team")
    @GET
    @Path("/{id}")
    public TeamResponse get(@PathParam("id") long id) {
        return TeamResponse.of(getTeam.get(teamId(id)));
    }

    @Operation(operationId = "createTeam", summary = "Create a team")
    @APIResponse(
            responseCode = "201",
            description = "The team as stored",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(TeamRequest request, @Context UriInfo uri) {
        TeamRequest body = Bodies.required(request);
        Team team = createTeam.create(CreateTeamCommand.of(body.name(), body.kind(), body.ownerId()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(team.id().value()))
                        .build())
                .entity(withOwner(team))
                .build();
    }

    @Operation(operationId = "editTeam", summary = "Rename a team, change its kind or owner")
    @APIResponse(
            responseCode = "200",
            description = "The team as stored",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "409", description = "The team changed since the version sent was read")
    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public TeamResponse edit(@PathParam("id") long id, TeamRequest request) {
        TeamRequest body = Bodies.required(request);
        Team team = editTeam.edit(EditTeamCommand.of(id, body.name(), body.kind(), body.ownerId(), body.version()));
        return withOwner(team);
    }

    @Operation(operationId = "addTeamMember", summary = "Add a member to a team")
    @APIResponse(
            responseCode = "200",
            description = "The team with its new member",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "409", description = "The team changed since the version sent was read")
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/members")
    public TeamResponse addMember(@PathParam("id") long id, MemberRequest request) {
        MemberRequest body = Bodies.required(request);
        return withOwner(addMember.addMember(TeamMembershipCommand.of(id, body.personId())));
    }

    @Operation(operationId = "removeTeamMember", summary = "Remove a member from a team")
    @APIResponse(
            responseCode = "200",
            description = "The team without the member",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "409", description = "The team changed since the version sent was read")
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{id}/members/{personId}")
    public TeamResponse removeMember(@PathParam("id") long id, @PathParam("personId") long personId) {
        return withOwner(removeMember.removeMember(TeamMembershipCommand.of(id, personId)));
    }

    @Operation(operationId = "archiveTeam", summary = "Archive a team")
    @APIResponse(
            responseCode = "200",
            description = "The archived team",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The team changed since it was read, or it still owns stages or targets")
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/archive")
    public TeamResponse archive(@PathParam("id") long id, VersionRequest request) {
        VersionRequest body = Bodies.required(request);
        return withOwner(archiveTeam.archive(ArchiveTeamCommand.of(id, body.version())));
    }

    private TeamResponse withOwner(Team team) {
        return TeamResponse.of(getTeam.get(team.id()));
    }

    private static TeamId teamId(long id) {
        if (id <= 0) {
            throw new NotFoundException("team", id);
        }
        return new TeamId(id);
    }
}
