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
                "2026-09", null, Map.of("revenue", new BigDecimal("1800000"), "orders", "360"));

        assertThat(command.values())
                .containsEntry("revenue", MeasureValue.of(1_800_000))
                .containsEntry("orders", MeasureValue.of(360));
        assertThat(command.funnel().organisationWide()).isTrue();
    }

    @Test
    void everyBadValueAndABadPeriodAreReportedTogetherByField() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("revenue", -5);
        values.put("orders", "abc");
        values.put("visits", true);

        assertThatThrownBy(() -> RecordMeasuresCommand.of("2026-13", "", values))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.errors().stream().map(FieldError::field).toList())
                        .isEqualTo(List.of("period", "revenue", "orders", "visits")));
    }
}
