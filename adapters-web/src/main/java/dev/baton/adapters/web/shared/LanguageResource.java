package dev.baton.adapters.web.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The language switch on every page: remembers the choice for a year and goes back to where the reader was. For a
 * signed-in reader it also holds for the rest of this browser session over their stored language (see {@link
 * Language}); it never changes what is stored, which is the preferences page's job (a GET must not write).
 */
@Path("/language")
public class LanguageResource {

    @Inject
    Viewer viewer;

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @HeaderParam("Referer") String referer) {
        NewCookie cookie = remembered(Language.tag(Language.supported(lang)));
        Response.ResponseBuilder back =
                Response.seeOther(URI.create(backTo(referer))).cookie(cookie);
        if (viewer.isSignedIn()) {
            back.cookie(sessionChoice(Language.tag(Language.supported(lang))));
        }
        return back.build();
    }

    /** The switch's choice for a signed-in reader: a cookie with no lifetime, so it ends with the browser session. */
    public static NewCookie sessionChoice(String tag) {
        return new NewCookie.Builder(Language.SESSION_COOKIE)
                .value(tag)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** Ends the switch's choice for the session: on sign-out, and when the preferences are saved. */
    public static NewCookie sessionChoiceEnded() {
        return new NewCookie.Builder(Language.SESSION_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** The choice kept a year for the pages before sign-in. */
    public static NewCookie remembered(String tag) {
        return new NewCookie.Builder(Language.COOKIE)
                .value(tag)
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
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
