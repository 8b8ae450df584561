package dev.baton.adapters.web.shared;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The reader's language: the one they picked on the page (kept in a cookie), else the browser's Accept-Language,
 * else English. Baton speaks English and Simplified Chinese.
 */
public final class Language {

    public static final String COOKIE = "baton_lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);

    private Language() {}

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
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
