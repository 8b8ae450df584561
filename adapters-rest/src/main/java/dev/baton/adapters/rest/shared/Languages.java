package dev.baton.adapters.rest.shared;

import dev.baton.application.text.Phrasebook;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Picks the language of a message from the request's Accept-Language. */
public final class Languages {

    private Languages() {}

    public static String pick(LocalizedText text, HttpHeaders headers) {
        return text.in(preferred(headers));
    }

    /** The phrase worded in the request's language, through the application's bundles. */
    public static String pick(Phrase phrase, HttpHeaders headers) {
        return Phrasebook.word(phrase, preferred(headers));
    }

    private static Locale preferred(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
    }
}
