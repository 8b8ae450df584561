package dev.baton.adapters.rest.token;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.token.CreateApiTokenCommand;
import dev.baton.application.token.CreateApiTokenUseCase;
import dev.baton.application.token.ListApiTokensUseCase;
import dev.baton.application.token.NewApiToken;
import dev.baton.application.token.RevokeApiTokenUseCase;
import dev.baton.domain.person.PersonId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tokens")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Personal access tokens for scripts and integrations")
public class TokenResource {

    private final CreateApiTokenUseCase createToken;
    private final ListApiTokensUseCase listTokens;
    private final RevokeApiTokenUseCase revokeToken;

    @Inject
    public TokenResource(
            CreateApiTokenUseCase createToken, ListApiTokensUseCase listTokens, RevokeApiTokenUseCase revokeToken) {
        this.createToken = createToken;
        this.listTokens = listTokens;
        this.revokeToken = revokeToken;
    }

    /** Your own tokens; an admin may name another person ({@code personId}). */
    @Operation(operationId = "listApiTokens", summary = "List your API tokens (an admin: anyone's)")
    @GET
    public List<TokenResponse> list(@QueryParam("personId") Long personId) {
        Optional<PersonId> person = Optional.ofNullable(personId).map(TokenResource::personId);
        return listTokens.list(person).stream().map(TokenResponse::of).toList();
    }

    /** A new token of yours; the answer holds its secret, shown this once. */
    @Operation(operationId = "createApiToken", summary = "Create an API token; its secret is in this answer only")
    @APIResponse(
            responseCode = "201",
            description = "The token with its secret",
            content = @Content(schema = @Schema(implementation = NewTokenResponse.class)))
    @POST
    public Response create(TokenRequest request, @Context UriInfo uri) {
        TokenRequest body = Bodies.required(request);
        NewApiToken created = createToken.create(CreateApiTokenCommand.of(body.name(), body.expiresAt()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.token().id()))
                        .build())
                .entity(NewTokenResponse.of(created))
                .build();
    }

    /** Revokes one of your tokens at once; an admin may revoke anyone's. */
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") long id) {
        revokeToken.revoke(id);
        return Response.noContent().build();
    }

    private static PersonId personId(long id) {
        if (id <= 0) {
            throw new NotFoundException("person", id);
        }
        return new PersonId(id);
    }
}
