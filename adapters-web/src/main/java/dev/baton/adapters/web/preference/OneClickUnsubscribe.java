package dev.baton.adapters.web.preference;

import dev.baton.adapters.web.shared.ErrorPages;
import dev.baton.application.preference.UnsubscribeUseCase;
import dev.baton.application.shared.NotFoundException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code POST /unsubscribe/{token}}: the unsubscribe page's button, and RFC 8058's one-click unsubscribe, which a mail
 * client sends as a form post of {@code List-Unsubscribe=One-Click} with no cookie and no anti-forgery token.
 *
 * <p>This is the one form post Baton takes without quarkus-rest-csrf's token, and it is safe: the anti-forgery token
 * exists to stop another site from making a signed-in browser act with its session, and this address acts with no
 * session at all. Its only authority is the HMAC signature in the path ({@code UnsubscribeLinks}), which no other site
 * can make, and all it can do is turn one person's digest off. quarkus-rest-csrf checks every form post that reaches
 * the REST layer and has no per-path exemption, so this route answers on the HTTP router, ahead of the REST layer,
 * for exactly this method and path: it turns the digest off and answers {@code 303 See Other} to a {@code GET} of the
 * same address, where {@link UnsubscribePage} says, in the person's language, that the digest is off. A link that does
 * not verify changes nothing and is answered with the not-found page. (Rerouting the post into the
 * page in place would leave the REST layer waiting for a body this route has already read.)
 */
@ApplicationScoped
public class OneClickUnsubscribe {

    private static final long BODY_LIMIT = 4096;

    private final UnsubscribeUseCase unsubscribe;

    @Inject
    public OneClickUnsubscribe(UnsubscribeUseCase unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    void route(@Observes Router router) {
        // The body (List-Unsubscribe=One-Click, or the button's empty form) says nothing the path does not; it is read,
        // up to a small limit, only so the connection is left clean for the answer.
        router.post("/unsubscribe/:token")
                .handler(BodyHandler.create().setBodyLimit(BODY_LIMIT))
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String token = context.pathParam("token");
        String path = context.request().path();
        context.vertx()
                .executeBlocking(() -> {
                    try {
                        unsubscribe.unsubscribe(token);
                        return "";
                    } catch (NotFoundException forgedOrMalformed) {
                        // Rendered here, off the event loop: the page asks who is looking.
                        return ErrorPages.notFoundPage();
                    }
                })
                .onComplete(done -> {
                    if (done.failed()) {
                        context.fail(done.cause());
                    } else if (!done.result().isEmpty()) {
                        context.response()
                                .setStatusCode(404)
                                .putHeader("Content-Type", "text/html;charset=UTF-8")
                                .end(done.result());
                    } else {
                        context.response()
                                .setStatusCode(303)
                                .putHeader("Location", path)
                                .putHeader("Cache-Control", "no-store")
                                .end();
                    }
                });
    }
}
