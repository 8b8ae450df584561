package dev.baton.adapters.web.shared;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers a page gives besides itself; the page itself is its {@code TemplateInstance}, rendered by Quarkus. */
public final class Html {

    private Html() {}

    /** After a successful form post: go to the result, so a reload does not post again. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
