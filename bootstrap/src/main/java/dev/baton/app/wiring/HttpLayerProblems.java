package dev.baton.app.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.adapters.rest.shared.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Credentials that do not sign in (a wrong password, an unknown, expired or revoked token) are refused by the HTTP
 * layer before any resource runs, so {@link ExceptionRouting} never sees them. Left alone the API answers a bare 401;
 * the contract describes it as {@code application/problem+json}, so it gets one here. Pages keep their own answer (the
 * sign-in form). A body over the size limit is refused even earlier, from its announced length, by the HTTP server
 * itself: that 413 has no body, and the contract says so.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final ObjectMapper json;

    @Inject
    public HttpLayerProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().ended()) {
            context.next();
            return;
        }
        boolean chinese = chinese(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (signInFailed(context.failure())) {
            context.response().putHeader("WWW-Authenticate", "Bearer, Basic realm=\"Baton\"");
            answer(
                    context,
                    new Problem(
                            "about:blank",
                            chinese ? "未登录" : "Not signed in",
                            401,
                            chinese
                                    ? "用户名或密码错误,或令牌未知、已过期或已吊销。"
                                    : "The username or password is wrong, or the token is unknown, expired or revoked.",
                            List.of()));
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE + "; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    private static boolean signInFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }

    private static boolean chinese(String acceptLanguage) {
        return acceptLanguage != null
                && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("zh");
    }
}
