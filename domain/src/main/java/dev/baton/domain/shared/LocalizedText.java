package dev.baton.domain.shared;

import java.util.Locale;
import java.util.Objects;

/** A text in the two languages Baton speaks: English and Simplified Chinese. */
public record LocalizedText(String en, String zhCn) {

    public LocalizedText {
        Objects.requireNonNull(en, "the English text is required");
        Objects.requireNonNull(zhCn, "the Chinese text is required");
    }

    public static LocalizedText of(String en, String zhCn) {
        return new LocalizedText(en, zhCn);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zhCn : en;
    }
}
