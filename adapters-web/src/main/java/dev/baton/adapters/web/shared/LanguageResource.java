package dev.baton.adapters.web.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch on every page: remembers the choice for a year and goes back to where the reader was. */
@Path("/language")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @HeaderParam("Referer") String referer) {
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(Language.tag(Language.supported(lang)))
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(backTo(referer))).cookie(cookie).build();
    }

    /**
     * Back to the page the reader came from, keeping only its path and query: taking the referring host as well would
     * make this an open redirect.
     */
    static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath() == null || from.getRawPath().isEmpty() ? "/" : from.getRawPath();
            if (!path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
