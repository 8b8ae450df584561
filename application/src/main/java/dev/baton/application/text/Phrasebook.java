package dev.baton.application.text;

import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words a {@link Phrase} through the bundles {@code phrases_en} and {@code phrases_zh_CN} beside this class: one
 * {@link MessageFormat} pattern per code, its arguments formatted first by type, so the patterns hold only words and
 * positions. Both adapters present findings, reasons and field errors through it, so each text is translated once.
 */
public final class Phrasebook {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "dev.baton.application.text.phrases";

    private Phrasebook() {}

    /** The phrase in English and Simplified Chinese, the shape the API answers with. */
    public static LocalizedText both(Phrase phrase) {
        return LocalizedText.of(word(phrase, ENGLISH), word(phrase, CHINESE));
    }

    /** The phrase in the locale's language: Chinese for any {@code zh} locale, English otherwise. */
    public static String word(Phrase phrase, Locale locale) {
        Locale language = isChinese(locale) ? CHINESE : ENGLISH;
        String pattern = pattern(phrase.code(), language);
        Object[] formatted = phrase.arguments().stream()
                .map(argument -> format(argument, language))
                .toArray();
        return new MessageFormat(pattern, language).format(formatted);
    }

    /** Whether the bundle of the language words this code; the completeness test asks it of every code. */
    public static boolean knows(String code, Locale locale) {
        return bundle(locale).keySet().contains(code);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = isChinese(locale) ? CHINESE : ENGLISH;
        // No fallback to the JVM's default locale: English is its own file, never "whatever the machine speaks".
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String pattern(String code, Locale language) {
        try {
            return bundle(language).getString(code);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no wording for " + code + " in " + language.toLanguageTag(), e);
        }
    }

    private static String format(Object argument, Locale language) {
        if (argument instanceof Phrase nested) {
            return word(nested, language);
        }
        if (argument instanceof LocalizedText text) {
            return text.in(language);
        }
        if (argument instanceof BigDecimal number) {
            return DisplayNumbers.exact(number);
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return DisplayNumbers.exact(BigDecimal.valueOf(((Number) argument).longValue()));
        }
        if (argument instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(format(item, language)));
            return joined(items, language);
        }
        return String.valueOf(argument);
    }

    private static String joined(List<String> items, Locale language) {
        if (isChinese(language)) {
            return String.join("、", items);
        }
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
