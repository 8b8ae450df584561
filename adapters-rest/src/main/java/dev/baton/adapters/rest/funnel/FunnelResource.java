package dev.baton.adapters.rest.funnel;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.funnel.DefineFunnelUseCase;
import dev.baton.application.funnel.FunnelCommand;
import dev.baton.application.funnel.GetFunnelUseCase;
import dev.baton.application.funnel.ListFunnelsUseCase;
import dev.baton.application.funnel.StageInput;
import dev.baton.application.funnel.StoredFunnel;
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

@Path("/api/funnels")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funnels", description = "The customer journey's stages, their owning teams and the handoffs between them")
public class FunnelResource {

    private final DefineFunnelUseCase defineFunnel;
    private final ListFunnelsUseCase listFunnels;
    private final GetFunnelUseCase getFunnel;

    @Inject
    public FunnelResource(
            DefineFunnelUseCase defineFunnel, ListFunnelsUseCase listFunnels, GetFunnelUseCase getFunnel) {
        this.defineFunnel = defineFunnel;
        this.listFunnels = listFunnels;
        this.getFunnel = getFunnel;
    }

    @Operation(operationId = "listFunnels", summary = "List the funnels with their stages and handoffs")
    @GET
    public List<FunnelResponse> list() {
        return listFunnels.list().stream().map(FunnelResponse::of).toList();
    }

    @Operation(operationId = "getFunnel", summary = "Read one funnel")
    @GET
    @Path("/{id}")
    public FunnelResponse get(@PathParam("id") long id) {
        return FunnelResponse.of(getFunnel.get(id));
    }

    @Operation(operationId = "createFunnel", summary = "Define a funnel")
    @APIResponse(
            responseCode = "201",
            description = "The funnel as stored",
            content = @Content(schema = @Schema(implementation = FunnelResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(FunnelRequest request, @Context UriInfo uri) {
        FunnelRequest body = Bodies.required(request);
        StoredFunnel funnel = defineFunnel.define(FunnelCommand.define(body.name(), stages(body)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(funnel.id()))
                        .build())
                .entity(FunnelResponse.of(funnel))
                .build();
    }

    @Operation(operationId = "editFunnel", summary = "Change a funnel's stages or their owners")
    @APIResponse(
            responseCode = "200",
            description = "The funnel as stored",
            content = @Content(schema = @Schema(implementation = FunnelResponse.class)))
    @APIResponse(responseCode = "409", description = "The funnel changed since the version sent was read")
    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public FunnelResponse edit(@PathParam("id") long id, FunnelRequest request) {
        FunnelRequest body = Bodies.required(request);
        return FunnelResponse.of(
                defineFunnel.define(FunnelCommand.edit(id, body.name(), stages(body), body.version())));
    }

    private static List<StageInput> stages(FunnelRequest body) {
        if (body.stages() == null) {
            return List.of();
        }
        return body.stages().stream()
                .map(s -> s == null ? new StageInput(null, null, null) : new StageInput(s.key(), s.name(), s.team()))
                .toList();
    }
}
