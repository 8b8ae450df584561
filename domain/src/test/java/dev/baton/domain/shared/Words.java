package dev.baton.domain.shared;

import dev.baton.domain.metric.DisplayNumbers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Words a phrase for the domain's tests, so they can keep asserting the text a person reads. The domain cannot see the
 * application's {@code Phrasebook}; this reads the same bundle files from the application module's sources and words
 * them the same way (MessageFormat over arguments formatted by type). The application's PhrasebookTest and the
 * wording tests there hold Phrasebook itself to the same texts, so the two cannot drift far apart unseen.
 */
public final class Words {

    private static final Path BUNDLES = Path.of("../application/src/main/resources/dev/baton/application/text");
    private static final Properties ENGLISH = load("phrases_en.properties");
    private static final Properties CHINESE = load("phrases_zh_CN.properties");

    private Words() {}

    public static String en(Phrase phrase) {
        return word(phrase, false);
    }

    public static String zh(Phrase phrase) {
        return word(phrase, true);
    }

    private static String word(Phrase phrase, boolean chinese) {
        String pattern = (chinese ? CHINESE : ENGLISH).getProperty(phrase.code());
        if (pattern == null) {
            throw new IllegalStateException("no wording for " + phrase.code());
        }
        Object[] formatted =
                phrase.arguments().stream().map(a -> format(a, chinese)).toArray();
        return new MessageFormat(pattern, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(formatted);
    }

    private static String format(Object argument, boolean chinese) {
        if (argument instanceof Phrase nested) {
            return word(nested, chinese);
        }
        if (argument instanceof LocalizedText text) {
            return chinese ? text.zhCn() : text.en();
        }
        if (argument instanceof BigDecimal number) {
            return DisplayNumbers.exact(number);
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return DisplayNumbers.exact(BigDecimal.valueOf(((Number) argument).longValue()));
        }
        if (argument instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            if (!list.isEmpty() && list.get(list.size() - 1) instanceof Phrase tail) {
                list.subList(0, list.size() - 1).forEach(item -> items.add(format(item, chinese)));
                return String.join(chinese ? "、" : ", ", items) + " " + word(tail, chinese);
            }
            list.forEach(item -> items.add(format(item, chinese)));
            if (chinese) {
                return String.join("、", items);
            }
            if (items.size() <= 1) {
                return String.join("", items);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return String.valueOf(argument);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
