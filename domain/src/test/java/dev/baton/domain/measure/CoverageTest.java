package dev.baton.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.period.Period;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void aWholePeriodIsAllOfItsMonths() {
        assertThat(Coverage.whole(Period.month(2026, 9))).isEqualTo(new Coverage(1, 1));
        assertThat(Coverage.whole(Period.quarter(2026, 3))).isEqualTo(new Coverage(3, 3));
        assertThat(Coverage.whole(Period.year(2026))).isEqualTo(new Coverage(12, 12));
        assertThat(Coverage.whole(Period.year(2026)).partial()).isFalse();
    }

    @Test
    void fewerMonthsThanThePeriodHasArePartial() {
        assertThat(new Coverage(2, 3).partial()).isTrue();
        assertThat(new Coverage(3, 3).thinner(new Coverage(2, 3))).isEqualTo(new Coverage(2, 3));
        assertThat(new Coverage(1, 3).thinner(new Coverage(2, 3))).isEqualTo(new Coverage(1, 3));
    }

    @Test
    void aCoverageIsAtLeastOneMonthAndAtMostThePeriod() {
        assertThatThrownBy(() -> new Coverage(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
