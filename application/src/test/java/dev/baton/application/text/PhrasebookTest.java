package dev.baton.application.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.shared.Phrase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

    @Test
    void wordsAPhraseInEachLanguageWithItsArgumentsFormattedByType() {
        Phrase phrase = Phrase.of("list.more", List.of("Marketing", "Sales", "Product"), 1_200);

        assertThat(Phrasebook.word(phrase, Locale.ENGLISH)).isEqualTo("Marketing, Sales and Product and 1,200 more");
        assertThat(Phrasebook.word(phrase, Locale.forLanguageTag("zh-CN")))
                .isEqualTo("Marketing、Sales、Product 等 1,200 项");
    }

    @Test
    void answersBothLanguagesForTheApi() {
        LocalizedText both =
                Phrasebook.both(Phrase.of("list.more", new BigDecimal("2.50"), LocalizedText.of("CAC", "获客成本")));

        assertThat(both.en()).isEqualTo("2.50 and CAC more");
        assertThat(both.zhCn()).isEqualTo("2.50 等 获客成本 项");
    }

    @Test
    void anyLanguageButChineseIsWordedInEnglish() {
        assertThat(Phrasebook.word(Phrase.of("list.more", "A", 2), Locale.GERMAN))
                .isEqualTo("A and 2 more");
    }

    @Test
    void aCodeWithoutWordsIsAnErrorNotASilentKey() {
        assertThatThrownBy(() -> Phrasebook.word(Phrase.of("no.such.code"), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.code");
    }

    @Test
    void aPhraseRefusesAnArgumentNoLanguageCanWord() {
        assertThatThrownBy(() -> Phrase.of("list.more", new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
