package dev.baton.adapters.rest.crm;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.crm.GetCrmMappingUseCase;
import dev.baton.application.crm.SetCrmMappingCommand;
import dev.baton.application.crm.SetCrmMappingUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/funnels/{id}/crm-mapping")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funnels", description = "The customer journey's stages, their owning teams and the handoffs between them")
public class CrmMappingResource {

    private final GetCrmMappingUseCase getMapping;
    private final SetCrmMappingUseCase setMapping;

    @Inject
    public CrmMappingResource(GetCrmMappingUseCase getMapping, SetCrmMappingUseCase setMapping) {
        this.getMapping = getMapping;
        this.setMapping = setMapping;
    }

    @Operation(operationId = "getCrmMapping", summary = "Read how a funnel maps onto HubSpot and Salesforce stages")
    @GET
    public CrmMappingBody get(@PathParam("id") long id) {
        return CrmMappingBody.of(getMapping.get(id));
    }

    /** Replaces the whole mapping; a CRM left out is unmapped. A stage key the funnel lacks is a 422 naming it. */
    @Operation(operationId = "setCrmMapping", summary = "Map a funnel onto HubSpot and Salesforce stages")
    @RolesAllowed(Roles.ADMIN)
    @PUT
    public CrmMappingBody set(@PathParam("id") long id, CrmMappingBody request) {
        CrmMappingBody body = Bodies.required(request);
        return CrmMappingBody.of(setMapping.set(SetCrmMappingCommand.of(
                id,
                CrmMappingBody.input(Optional.ofNullable(body.hubspot())),
                CrmMappingBody.input(Optional.ofNullable(body.salesforce())))));
    }
}
