package dev.baton.adapters.rest.checkin;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.checkin.CheckInCommand;
import dev.baton.application.checkin.EditCheckInUseCase;
import dev.baton.application.checkin.ListCheckInsUseCase;
import dev.baton.application.checkin.RecordCheckInUseCase;
import dev.baton.domain.checkin.CheckIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/targets/{id}/check-ins")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins", description = "The owner's word on a target: a note, their confidence, a forecast")
public class CheckInResource {

    private final RecordCheckInUseCase record;
    private final EditCheckInUseCase edit;
    private final ListCheckInsUseCase list;

    @Inject
    public CheckInResource(RecordCheckInUseCase record, EditCheckInUseCase edit, ListCheckInsUseCase list) {
        this.record = record;
        this.edit = edit;
        this.list = list;
    }

    @Operation(operationId = "listCheckIns", summary = "A target's check-ins, oldest first, each with its history")
    @GET
    public List<CheckInResponse> list(@PathParam("id") String id) {
        return list.list(id).stream().map(CheckInResponse::of).toList();
    }

    @Operation(operationId = "recordCheckIn", summary = "Record a check-in on a target")
    @APIResponse(
            responseCode = "201",
            description = "The check-in as stored",
            content = @Content(schema = @Schema(implementation = CheckInResponse.class)))
    @POST
    public Response record(@PathParam("id") String id, CheckInRequest request, @Context UriInfo uri) {
        CheckInRequest body = Bodies.required(request);
        CheckIn recorded = record.record(CheckInCommand.record(id, body.toInput()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(recorded.id().toString())
                        .build())
                .entity(CheckInResponse.of(recorded))
                .build();
    }

    @Operation(operationId = "editCheckIn", summary = "Edit a check-in; the earlier wording is kept in its history")
    @APIResponse(
            responseCode = "200",
            description = "The check-in as edited, with its history",
            content = @Content(schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "409", description = "The check-in changed since the version sent was read")
    @PUT
    @Path("/{checkInId}")
    public CheckInResponse edit(
            @PathParam("id") String id, @PathParam("checkInId") String checkInId, CheckInRequest request) {
        CheckInRequest body = Bodies.required(request);
        return CheckInResponse.of(edit.edit(CheckInCommand.edit(id, checkInId, body.toInput())));
    }
}
