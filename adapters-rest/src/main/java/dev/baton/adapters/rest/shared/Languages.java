package dev.baton.adapters.rest.shared;

import dev.baton.domain.shared.LocalizedText;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Picks the language of a message from the request's Accept-Language. */
public final class Languages {

    private Languages() {}

    public static String pick(LocalizedText text, HttpHeaders headers) {
        Locale preferred = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        return text.in(preferred);
    }
}
