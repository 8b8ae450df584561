package dev.baton.application.preference;

import java.util.Locale;
import java.util.Optional;

/** The languages Baton words its pages and mail in; a person stores one of them. */
public enum Language {
    ENGLISH("en"),
    SIMPLIFIED_CHINESE("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as it is stored and as the API speaks it: {@code en}, {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of exactly this tag (ignoring case); anything else is none. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The tags a person may choose, for a field message: {@code en, zh-CN}. */
    public static String allowed() {
        return ENGLISH.tag + ", " + SIMPLIFIED_CHINESE.tag;
    }
}
