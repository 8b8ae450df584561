package dev.baton.adapters.web.signin;

import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the browser sees at the end of a single sign-on. The protocol itself is wired in the application's bootstrap;
 * the words and pages are the web adapter's.
 */
public final class SingleSignOnPages {

    /** Why single sign-on did not sign the reader in, as the sign-in page explains it. */
    public enum Problem {
        /** The answer of the provider did not hold up (state, code or ID token); nothing more is said. */
        REFUSED("refused"),
        /** The provider vouched for someone who has no Baton sign-in. */
        NO_ACCOUNT("no-account"),
        /** The provider could not be reached. */
        UNAVAILABLE("unavailable");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Problem> of(String code) {
            return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
        }
    }

    private SingleSignOnPages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedIn();
    }

    /**
     * The answer that carries the new session cookie. It is a page, not a redirect: the browser arrives here from the
     * provider's site, and Chromium does not send a SameSite=Strict cookie on a redirect that continues such a
     * navigation. The page's own refresh is a same-site navigation, which does carry it.
     */
    public static Response signedIn(HttpHeaders headers) {
        Locale locale = Language.of(headers);
        return Response.ok(Templates.signedIn()).build();
    }

    public static Response backToSignIn(Problem problem) {
        return Html.redirect("/login?sso=" + problem.code());
    }
}
