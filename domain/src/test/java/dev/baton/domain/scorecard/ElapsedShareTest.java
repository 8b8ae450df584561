package dev.baton.domain.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ElapsedShareTest {

    private static final Period Q4 = Period.parse("2026-Q4");

    @Test
    void completeMonthsCountWholeAndTheRunningMonthItsElapsedDays() {
        ElapsedShare share = ElapsedShare.of(Q4, 2, true, LocalDate.of(2026, 11, 18));
        assertThat(share.rounded()).isEqualByComparingTo("0.5333");
        assertThat(share.wholeMonthIn()).isTrue();
    }

    @Test
    void aRunningMonthWithoutARecordedValueAddsNothing() {
        ElapsedShare share = ElapsedShare.of(Q4, 2, false, LocalDate.of(2026, 12, 2));
        assertThat(share.rounded()).isEqualByComparingTo("0.6667");
    }

    @Test
    void aYearCountsItsMonths() {
        ElapsedShare share = ElapsedShare.of(Period.parse("2026"), 3, false, LocalDate.of(2026, 4, 10));
        assertThat(share.value()).isEqualByComparingTo("0.25");
    }

    @Test
    void aQuarterJudgedThroughAPastMonthCountsThatMonthWhole() {
        ElapsedShare share = ElapsedShare.of(Q4, 1, true, LocalDate.of(2026, 10, 31));
        assertThat(share.rounded()).isEqualByComparingTo("0.3333");
        assertThat(share.early()).isFalse();
    }

    @Test
    void theFirstTenPercentWithoutAWholeMonthIsEarly() {
        assertThat(ElapsedShare.of(Q4, 1, true, LocalDate.of(2026, 10, 9)).early())
                .isTrue();
        assertThat(ElapsedShare.of(Period.parse("2026-10"), 1, true, LocalDate.of(2026, 10, 3))
                        .early())
                .isTrue();
        assertThat(ElapsedShare.of(Period.parse("2026-10"), 1, true, LocalDate.of(2026, 10, 4))
                        .early())
                .isFalse();
    }

    @Test
    void aWholeMonthInIsNeverEarlyEvenInAYear() {
        ElapsedShare share = ElapsedShare.of(Period.parse("2026"), 1, false, LocalDate.of(2026, 2, 1));
        assertThat(share.value()).isLessThan(new BigDecimal("0.10"));
        assertThat(share.early()).isFalse();
        assertThat(ElapsedShare.of(Period.parse("2026"), 1, true, LocalDate.of(2026, 1, 20))
                        .early())
                .isTrue();
    }

    @Test
    void aPeriodRunsUntilItsLastDay() {
        assertThat(ElapsedShare.running(Q4, LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(ElapsedShare.running(Q4, LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(ElapsedShare.running(Q4, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(ElapsedShare.running(Q4, LocalDate.of(2026, 9, 30)))
                .as("not begun")
                .isFalse();
        assertThat(ElapsedShare.running(Q4, LocalDate.of(2026, 10, 1))).isTrue();
    }
}
