package dev.baton.app.security.oidc;

import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * quarkus-oidc answers a round trip that does not hold up (a wrong or missing state, a state cookie that did not come
 * back, a code the provider refuses, an ID token that does not validate) with a bare 401, and an unreachable provider
 * with a failure. On the single sign-on paths the reader is sent back to the sign-in page instead, which says which of
 * the two it was; the reason itself is logged, by quarkus-oidc and here.
 */
public class SingleSignOnFailures {

    private static final Logger LOG = Logger.getLogger(SingleSignOnFailures.class);

    /** Before quarkus-oidc's authentication (priority 200), so the rewrite is in place when it answers. */
    private static final int BEFORE_AUTHENTICATION = 250;

    void watch(@Observes Filters filters, OidcSettings settings) {
        if (settings.issuer().isEmpty()) {
            return;
        }
        filters.register(
                request -> {
                    if (!isSingleSignOn(request)) {
                        request.next();
                        return;
                    }
                    if (isCallbackThatNoRoundTripOfThisBrowserStarted(request)) {
                        // quarkus-oidc would start a new round trip; today's answer is to say it did not complete.
                        LOG.warnf(
                                "Single sign-on refused (%s): the callback came without the state cookie",
                                Problem.REFUSED.code());
                        backToSignIn(request, Problem.REFUSED);
                        request.response().end();
                        return;
                    }
                    request.addHeadersEndHandler(ignored -> {
                        if (request.response().getStatusCode() == 401) {
                            LOG.warnf(
                                    "Single sign-on refused (%s): quarkus-oidc did not accept the round trip",
                                    Problem.REFUSED.code());
                            request.response().headers().remove("WWW-Authenticate");
                            backToSignIn(request, Problem.REFUSED);
                        }
                    });
                    request.next();
                },
                BEFORE_AUTHENTICATION);
    }

    void catchFailures(@Observes Router router) {
        router.route().failureHandler(request -> {
            if (!isSingleSignOn(request) || request.response().headWritten()) {
                request.next();
                return;
            }
            Throwable failure = request.failure();
            // A refused round trip (AuthenticationCompletionException) may carry an OIDCException as its cause.
            if (!isCausedBy(failure, AuthenticationException.class) && isCausedBy(failure, OIDCException.class)) {
                LOG.warnf(
                        failure,
                        "Single sign-on refused (%s): the provider cannot be used",
                        Problem.UNAVAILABLE.code());
                backToSignIn(request, Problem.UNAVAILABLE);
                request.response().end();
            } else {
                // A refused round trip is a 401 by now, which the filter above rewrites as the response ends.
                request.next();
            }
        });
    }

    private static boolean isSingleSignOn(RoutingContext request) {
        String path = request.normalizedPath();
        return path.equals(SingleSignOnEndpoint.PATH) || path.startsWith(SingleSignOnEndpoint.PATH + "/");
    }

    private static boolean isCallbackThatNoRoundTripOfThisBrowserStarted(RoutingContext request) {
        return request.normalizedPath().equals(SingleSignOnEndpoint.CALLBACK_PATH)
                && request.request().cookieMap().keySet().stream()
                        .noneMatch(name -> name.startsWith("q_auth") || name.startsWith("q_session"));
    }

    private static void backToSignIn(RoutingContext request, Problem problem) {
        request.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, "/login?sso=" + problem.code())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static boolean isCausedBy(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
