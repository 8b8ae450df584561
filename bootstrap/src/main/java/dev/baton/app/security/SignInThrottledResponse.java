package dev.baton.app.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a held-back client, from the form or HTTP Basic alike: 429 Too Many Requests with Retry-After, as
 * {@code application/problem+json}, in English or Simplified Chinese by Accept-Language.
 */
@ApplicationScoped
public class SignInThrottledResponse {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        SignInThrottledException throttled = find(context.failure());
        if (throttled == null || context.response().ended()) {
            context.next();
            return;
        }
        long seconds = throttled.retryAfterSeconds();
        String language = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        boolean chinese = language != null
                && language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        String title = chinese ? "登录失败次数过多" : "Too many failed sign-ins";
        String detail = chinese
                ? "来自您地址的登录失败次数过多。请在 " + seconds + " 秒后重试。"
                : "Too many failed sign-ins from your address. Try again in " + seconds + " seconds.";
        context.response()
                .setStatusCode(429)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":429,\"detail\":\"" + detail
                        + "\"}");
    }

    private static SignInThrottledException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SignInThrottledException throttled) {
                return throttled;
            }
        }
        return null;
    }
}
