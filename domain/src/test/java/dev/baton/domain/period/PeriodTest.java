package dev.baton.domain.period;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void aMonthAQuarterAndAYearAreParsedAndFormattedBack() {
        assertThat(Period.parse("2026-09")).isEqualTo(Period.month(2026, 9));
        assertThat(Period.parse("2026-Q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.parse("2026")).isEqualTo(Period.year(2026));
        assertThat(Period.parse("2026-q3").format()).isEqualTo("2026-Q3");
        assertThat(Period.month(2026, 9)).hasToString("2026-09");
        assertThat(Period.quarter(2026, 3)).hasToString("2026-Q3");
        assertThat(Period.year(2026)).hasToString("2026");
        assertThat(Period.month(2026, 12)).hasToString("2026-12");
        assertThat(Period.month(Period.MIN_YEAR, 1)).hasToString("1900-01");
        assertThat(Period.quarter(Period.MAX_YEAR, 4)).hasToString("9999-Q4");
    }

    @Test
    void aMonthLiesInItsQuarterAndItsYear() {
        assertThat(Period.parse("2026-09").enclosing()).containsExactly(Period.quarter(2026, 3), Period.year(2026));
        assertThat(Period.parse("2026-04").enclosing()).containsExactly(Period.quarter(2026, 2), Period.year(2026));
        assertThat(Period.parse("2026-Q3").enclosing()).containsExactly(Period.year(2026));
        assertThat(Period.parse("2026").enclosing()).isEmpty();
        assertThat(Period.year(2026).contains(Period.month(2026, 12))).isTrue();
        assertThat(Period.quarter(2026, 3).contains(Period.month(2026, 10))).isFalse();
    }

    @Test
    void aYearIsMadeOfItsQuartersAndAQuarterOfItsMonths() {
        assertThat(Period.year(2026).parts())
                .containsExactly(
                        Period.quarter(2026, 1),
                        Period.quarter(2026, 2),
                        Period.quarter(2026, 3),
                        Period.quarter(2026, 4));
        assertThat(Period.quarter(2026, 3).parts())
                .containsExactly(Period.month(2026, 7), Period.month(2026, 8), Period.month(2026, 9));
        assertThat(Period.quarter(2026, 1).parts()).first().isEqualTo(Period.month(2026, 1));
        assertThat(Period.month(2026, 9).parts()).isEmpty();
    }

    @Test
    void previousAndNextCrossYearBoundaries() {
        assertThat(Period.parse("2026-01").previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Period.parse("2026-12").next()).isEqualTo(Period.month(2027, 1));
        assertThat(Period.parse("2026-Q1").previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.parse("2026-Q4").next()).isEqualTo(Period.quarter(2027, 1));
        assertThat(Period.parse("2026").next()).isEqualTo(Period.year(2027));
    }

    @Test
    void periodsOrderByStartLongerFirst() {
        assertThat(java.util.stream.Stream.of("2026-02", "2026-Q1", "2025", "2026-01", "2026")
                        .map(Period::parse)
                        .sorted()
                        .map(Period::format))
                .containsExactly("2025", "2026", "2026-Q1", "2026-01", "2026-02");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26", "2026-9", "September", "2026-W3"})
    void invalidTextIsRefusedSayingItIsNoPeriod(String text) {
        Phrase refusal = phraseOf(() -> Period.parse(text));
        assertThat(refusal.code()).isIn("field.NOT_A_PERIOD", "field.NOT_A_PERIOD_BECAUSE");
        assertThat(refusal.arguments().get(0)).isEqualTo(text);
    }

    @Test
    void anOutOfRangeMonthSaysWhichPartIsWrong() {
        assertThat(phraseOf(() -> Period.parse("2026-13")).arguments())
                .containsExactly("2026-13", Phrase.of("field.PERIOD_MONTH_RANGE", "12", "13"));
        assertThat(phraseOf(() -> Period.parse(" "))).isEqualTo(Phrase.of("field.PERIOD_REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12", "9999-Q4", "9999"})
    void theLastPeriodsOfTheRangeHaveNoNext(String text) {
        Period last = Period.parse(text);

        assertThat(last.isLast()).isTrue();
        assertThat(last.following()).isEmpty();
        assertThat(last.preceding()).isPresent();
        assertThatThrownBy(last::next)
                .isInstanceOf(PeriodOutOfRangeException.class)
                .hasMessage("there is no period after " + text + ": periods run from 1900 to 9999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01", "1900-Q1", "1900"})
    void theFirstPeriodsOfTheRangeHaveNoPrevious(String text) {
        Period first = Period.parse(text);

        assertThat(first.isFirst()).isTrue();
        assertThat(first.preceding()).isEmpty();
        assertThat(first.following()).isPresent();
        assertThatThrownBy(first::previous)
                .isInstanceOf(PeriodOutOfRangeException.class)
                .hasMessageContaining("there is no period before " + text);
    }

    @Test
    void periodsJustInsideTheEndsStillStepAcrossThem() {
        assertThat(Period.parse("9999-11").following()).contains(Period.month(9999, 12));
        assertThat(Period.parse("9998-Q4").next()).isEqualTo(Period.quarter(9999, 1));
        assertThat(Period.parse("1900-02").preceding()).contains(Period.month(1900, 1));
        assertThat(Period.parse("1901").previous()).isEqualTo(Period.year(1900));
        assertThat(Period.parse("9999-11").isLast()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000-01", "1899-12", "0000"})
    void periodsOutsideTheSupportedRangeAreRefused(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
