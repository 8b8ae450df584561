package dev.baton.adapters.web.shared;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/** Rendering a page: the template in the reader's language, with the status the situation calls for. */
public final class Html {

    private Html() {}

    public static Response page(TemplateInstance template, Locale locale) {
        return page(template, locale, 200);
    }

    public static Response page(TemplateInstance template, Locale locale, int status) {
        String body =
                template.setLocale(locale).data("lang", Language.tag(locale)).render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    /** After a successful form post: go to the result, so a reload does not post again. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
