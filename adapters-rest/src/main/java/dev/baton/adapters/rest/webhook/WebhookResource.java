package dev.baton.adapters.rest.webhook;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.webhook.ClearWebhookCommand;
import dev.baton.application.webhook.ClearWebhookUseCase;
import dev.baton.application.webhook.GetWebhooksUseCase;
import dev.baton.application.webhook.SetWebhookCommand;
import dev.baton.application.webhook.SetWebhookUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The chat incoming-webhooks Baton posts the digest's headline and alerts to: one for the company, one per team. Admins
 * only, because the URL is the channel's secret. Edits carry the version read; clearing takes it as {@code ?version=}.
 */
@Path("/api/notifications/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chat webhooks", description = "Incoming-webhook URLs for the digest's headline and the alerts (admin)")
public class WebhookResource {

    private final GetWebhooksUseCase getWebhooks;
    private final SetWebhookUseCase setWebhook;
    private final ClearWebhookUseCase clearWebhook;

    @Inject
    public WebhookResource(
            GetWebhooksUseCase getWebhooks, SetWebhookUseCase setWebhook, ClearWebhookUseCase clearWebhook) {
        this.getWebhooks = getWebhooks;
        this.setWebhook = setWebhook;
        this.clearWebhook = clearWebhook;
    }

    @Operation(operationId = "listWebhooks", summary = "The company's chat webhook and every team's")
    @GET
    public WebhooksResponse list() {
        return WebhooksResponse.of(getWebhooks.overview());
    }

    @Operation(operationId = "setCompanyWebhook", summary = "Set the company's chat webhook")
    @APIResponse(
            responseCode = "200",
            description = "The webhook as stored",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "409", description = "The webhook was set, changed or cleared since it was read")
    @PUT
    @Path("/company")
    public WebhookResponse setCompany(WebhookRequest request) {
        WebhookRequest body = Bodies.required(request);
        return WebhookResponse.of(setWebhook.set(SetWebhookCommand.company(body.url(), body.version())));
    }

    @Operation(operationId = "clearCompanyWebhook", summary = "Clear the company's chat webhook")
    @APIResponse(responseCode = "204", description = "Cleared")
    @APIResponse(responseCode = "409", description = "The webhook changed since the version sent was read")
    @DELETE
    @Path("/company")
    public Response clearCompany(@QueryParam("version") Long version) {
        clearWebhook.clear(ClearWebhookCommand.company(version));
        return Response.noContent().build();
    }

    @Operation(operationId = "setTeamWebhook", summary = "Set a team's chat webhook")
    @APIResponse(
            responseCode = "200",
            description = "The webhook as stored",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "409", description = "The webhook was set, changed or cleared since it was read")
    @PUT
    @Path("/teams/{id}")
    public WebhookResponse setTeam(@PathParam("id") long id, WebhookRequest request) {
        WebhookRequest body = Bodies.required(request);
        return WebhookResponse.of(setWebhook.set(SetWebhookCommand.team(teamId(id), body.url(), body.version())));
    }

    @Operation(operationId = "clearTeamWebhook", summary = "Clear a team's chat webhook")
    @APIResponse(responseCode = "204", description = "Cleared")
    @APIResponse(responseCode = "409", description = "The webhook changed since the version sent was read")
    @DELETE
    @Path("/teams/{id}")
    public Response clearTeam(@PathParam("id") long id, @QueryParam("version") Long version) {
        clearWebhook.clear(ClearWebhookCommand.team(teamId(id), version));
        return Response.noContent().build();
    }

    private static long teamId(long id) {
        if (id <= 0) {
            throw new NotFoundException("team", id);
        }
        return id;
    }
}
