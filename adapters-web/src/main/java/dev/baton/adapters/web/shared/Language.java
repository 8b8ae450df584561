package dev.baton.adapters.web.shared;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's language. Signed in: the one they picked with the page's switch during this browser session ({@value
 * #SESSION_COOKIE}), else the language they chose in their preferences; until they choose one, and when not signed
 * in, as for everyone: the one they picked on the page
 * ({@value #COOKIE}, kept a year), else the browser's Accept-Language, else English. So the stored language is the page
 * language from the moment a person signs in, and the switch still works for the rest of their session without
 * touching what is stored (sign-out ends it; saving the preferences replaces it). Baton speaks English and Simplified
 * Chinese.
 */
public final class Language {

    public static final String COOKIE = "baton_lang";
    /** The switch's choice for the signed-in reader, until sign-out or the browser closes. */
    public static final String SESSION_COOKIE = "baton_lang_session";

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);

    private Language() {}

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        Optional<Locale> stored = ReaderLanguage.current();
        if (stored.isPresent()) {
            Cookie switched = headers.getCookies().get(SESSION_COOKIE);
            return switched != null ? supported(switched.getValue()) : stored.get();
        }
        Cookie chosen = headers.getCookies().get(COOKIE);
        if (chosen != null) {
            return supported(chosen.getValue());
        }
        for (Locale acceptable : headers.getAcceptableLanguages()) {
            if ("zh".equals(acceptable.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(acceptable.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported language closest to a tag the reader sent; anything unknown is English. */
    public static Locale supported(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
    }

    public static String tag(Locale locale) {
        return CHINESE.equals(locale) ? "zh-CN" : "en";
    }
}
