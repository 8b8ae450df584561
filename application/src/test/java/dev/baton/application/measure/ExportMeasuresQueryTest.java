package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.period.Period;
import org.junit.jupiter.api.Test;

class ExportMeasuresQueryTest {

    @Test
    void aSpanHoldsTheMonthsQuartersAndYearsLyingWhollyWithinIt() {
        assertThat(ExportMeasuresQuery.of("2026-01", "2026-06", null).periods())
                .extracting(Period::format)
                .containsExactlyInAnyOrder(
                        "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-Q1", "2026-Q2");
        assertThat(ExportMeasuresQuery.of("2026", "2026", null).periods()).hasSize(12 + 4 + 1);
    }

    @Test
    void anEndBeforeTheStartOrABadPeriodIsRefusedByField() {
        assertThatThrownBy(() -> ExportMeasuresQuery.of("2026-06", "2026-01", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> ExportMeasuresQuery.of("june", "2026-01", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("from"));
    }
}
