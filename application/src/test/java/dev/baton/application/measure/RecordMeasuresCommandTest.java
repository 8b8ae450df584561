package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.measure.MeasureValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMeasuresCommandTest {

    @Test
    void numbersAndNumericTextAreTaken() {
        RecordMeasuresCommand command = RecordMeasuresCommand.of(
                "2026-09", null, " 7 ", Map.of("revenue", new BigDecimal("1800000"), "orders", "360"));

        assertThat(command.values())
                .containsEntry("revenue", MeasureValue.of(1_800_000))
                .containsEntry("orders", MeasureValue.of(360));
        assertThat(command.funnel().organisationWide()).isTrue();
        assertThat(command.expectedVersion()).isEqualTo(7);
    }

    @Test
    void withoutAVersionTheSheetIsExpectedToHoldNothingYet() {
        assertThat(RecordMeasuresCommand.of("2026-09", "7", null, Map.of("revenue", 1))
                        .expectedVersion())
                .isZero();
        assertThat(RecordMeasuresCommand.of("2026-09", "7", " ", Map.of("revenue", 1))
                        .expectedVersion())
                .isZero();
    }

    @Test
    void everyBadValueAndABadPeriodAreReportedTogetherByField() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("revenue", -5);
        values.put("orders", "abc");
        values.put("visits", true);

        assertThatThrownBy(() -> RecordMeasuresCommand.of("2026-13", "", "-1", values))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.errors().stream().map(FieldError::field).toList())
                        .isEqualTo(List.of("period", "version", "revenue", "orders", "visits")));
        assertThatThrownBy(() -> RecordMeasuresCommand.of("2026-09", "", "three", Map.of("revenue", 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message().en()).contains("'three' is not a version"));
    }
}
