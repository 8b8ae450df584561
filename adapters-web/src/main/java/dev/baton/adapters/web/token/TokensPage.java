package dev.baton.adapters.web.token;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.token.ApiToken;
import dev.baton.application.token.CreateApiTokenCommand;
import dev.baton.application.token.CreateApiTokenUseCase;
import dev.baton.application.token.ListApiTokensUseCase;
import dev.baton.application.token.NewApiToken;
import dev.baton.application.token.RevokeApiTokenUseCase;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in person's own API tokens: the list, a form to make one (its secret shown once), and revoking. */
@Path("/tokens")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class TokensPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(
                List<ApiToken> tokens,
                NewApiToken created,
                String name,
                String expiresAt,
                FormErrors errors,
                boolean revoked);
    }

    private final ListApiTokensUseCase listTokens;
    private final CreateApiTokenUseCase createToken;
    private final RevokeApiTokenUseCase revokeToken;

    @Inject
    public TokensPage(
            ListApiTokensUseCase listTokens, CreateApiTokenUseCase createToken, RevokeApiTokenUseCase revokeToken) {
        this.listTokens = listTokens;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
    }

    @GET
    public Response list(@QueryParam("revoked") boolean revoked, @Context HttpHeaders headers) {
        return page(null, "", "", FormErrors.none(), revoked, headers, 200);
    }

    /** Answers with the page itself rather than a redirect: the new secret is on it, and nowhere else, ever. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String expiresAt, @Context HttpHeaders headers) {
        try {
            NewApiToken created = createToken.create(CreateApiTokenCommand.of(name, expiresAt));
            return page(created, "", "", FormErrors.none(), false, headers, 201);
        } catch (InvalidInputException e) {
            return page(
                    null,
                    name == null ? "" : name,
                    expiresAt == null ? "" : expiresAt,
                    FormErrors.of(e.errors(), Language.of(headers)),
                    false,
                    headers,
                    422);
        }
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        revokeToken.revoke(id);
        return Html.redirect("/tokens?revoked=true");
    }

    private Response page(
            NewApiToken created,
            String name,
            String expiresAt,
            FormErrors errors,
            boolean revoked,
            HttpHeaders headers,
            int status) {
        List<ApiToken> tokens = listTokens.list(Optional.empty());
        return Response.status(status)
                .entity(Templates.tokens(tokens, created, name, expiresAt, errors, revoked)
                        .data("nav", "tokens"))
                .build();
    }
}
