package dev.baton.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A code worded in one language only, or with other arguments in the other, fails the build here. */
class PhrasebookCompletenessTest {

    @Test
    void everyCodeIsWordedInBothLanguages() {
        Set<String> english = keys(Phrasebook.ENGLISH);
        Set<String> chinese = keys(Phrasebook.CHINESE);

        assertThat(chinese).as("codes worded in English but not in Chinese").containsAll(english);
        assertThat(english).as("codes worded in Chinese but not in English").containsAll(chinese);
    }

    @Test
    void bothLanguagesUseTheSameArgumentsForEachCode() {
        ResourceBundle english = Phrasebook.bundle(Phrasebook.ENGLISH);
        ResourceBundle chinese = Phrasebook.bundle(Phrasebook.CHINESE);

        for (String code : keys(Phrasebook.ENGLISH)) {
            assertThat(argumentCount(chinese.getString(code)))
                    .as("arguments of %s", code)
                    .isEqualTo(argumentCount(english.getString(code)));
        }
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Phrasebook.bundle(locale).keySet());
    }

    private static int argumentCount(String pattern) {
        // Parsing also proves the pattern is valid MessageFormat (an unbalanced brace or quote throws).
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }
}
