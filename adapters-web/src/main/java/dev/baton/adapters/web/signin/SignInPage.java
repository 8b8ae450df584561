package dev.baton.adapters.web.signin;

import dev.baton.adapters.web.shared.LanguageResource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in form (posted to Quarkus's form authentication at {@code /j_security_check}) and sign-out. A failed
 * sign-in always shows the same message, so the page never reveals whether a username exists. When single sign-on is
 * configured, the page also offers it as a plain link, and explains why an attempt came back.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    static final String SESSION_COOKIE = "baton_session";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(
                boolean failed, boolean signedOut, boolean singleSignOn, String singleSignOnProblem);
    }

    private final boolean singleSignOn;

    // The same setting that turns the single sign-on endpoint on: an issuer to sign in with.
    public SignInPage(@ConfigProperty(name = "baton.oidc.issuer") Optional<String> issuer) {
        this.singleSignOn = issuer.isPresent();
    }

    @GET
    @Path("login")
    public Response form(
            @QueryParam("error") boolean failed,
            @QueryParam("out") boolean signedOut,
            @QueryParam("sso") String sso,
            @Context HttpHeaders headers) {
        Optional<SingleSignOnPages.Problem> problem = SingleSignOnPages.Problem.of(sso);
        String problemCode = problem.map(SingleSignOnPages.Problem::code).orElse("");
        return Response.status(failed || problem.isPresent() ? 401 : 200)
                .entity(Templates.signIn(failed, signedOut, singleSignOn, problemCode))
                .build();
    }

    @POST
    @Path("logout")
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(expired, LanguageResource.sessionChoiceEnded())
                .build();
    }
}
