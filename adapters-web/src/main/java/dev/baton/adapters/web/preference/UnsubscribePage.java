package dev.baton.adapters.web.preference;

import dev.baton.application.preference.UnsubscribeUseCase;
import dev.baton.application.preference.Unsubscription;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The page behind the digest's unsubscribe link, open to anyone holding the link: no sign-in, in the language of the
 * person the link names. While the digest is on it offers one button, which posts to the same address (handled by
 * {@link OneClickUnsubscribe}, before any page code); once it is off it says so. A link that does not verify is a 404
 * and shows nothing about anyone.
 */
@Path("/unsubscribe")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String token, boolean digest);
    }

    private final UnsubscribeUseCase unsubscribe;

    @Inject
    public UnsubscribePage(UnsubscribeUseCase unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GET
    @Path("/{token}")
    public TemplateInstance show(@PathParam("token") String token) {
        Unsubscription seen = unsubscribe.look(token);
        return Templates.unsubscribe(token, seen.digest())
                .setLocale(seen.language().locale())
                .data("lang", seen.language().tag());
    }
}
