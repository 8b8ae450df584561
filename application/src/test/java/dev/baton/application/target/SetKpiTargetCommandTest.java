package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SetKpiTargetCommandTest {

    private static TargetInput input(String period, ThresholdInput threshold, Long owner) {
        return new TargetInput(1L, "cac", null, null, period, threshold, owner, "  ");
    }

    @Test
    void aCompleteTargetBecomesACommand() {
        SetKpiTargetCommand command = SetKpiTargetCommand.of(new TargetInput(
                3L,
                "stage_conversion_rate",
                "sql",
                "customer",
                "2026-Q3",
                new ThresholdInput("between", null, new BigDecimal("20"), new BigDecimal("35")),
                7L,
                " because "));

        assertThat(command.period()).isEqualTo(Period.quarter(2026, 3));
        assertThat(command.scope()).contains(new StageScope("sql", "customer"));
        assertThat(command.threshold()).isEqualTo(Threshold.between("20", "35"));
        assertThat(command.rationale()).contains("because");
    }

    @Test
    void aTargetWithoutNumberPeriodOrOwnerNamesEachMissingField() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> SetKpiTargetCommand.of(input(null, new ThresholdInput("AT_MOST", null, null, null), null)));

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly("period", "threshold.value", "ownerId");
    }

    @Test
    void aBetweenThresholdNamesTheEndThatIsMissingOrTooHigh() {
        InvalidInputException missing = catchThrowableOfType(
                InvalidInputException.class,
                () -> SetKpiTargetCommand.of(
                        input("2026", new ThresholdInput("BETWEEN", null, null, BigDecimal.ONE), 7L)));
        assertThat(missing.errors()).extracting(FieldError::field).containsExactly("threshold.min");

        InvalidInputException backwards = catchThrowableOfType(
                InvalidInputException.class,
                () -> SetKpiTargetCommand.of(
                        input("2026", new ThresholdInput("BETWEEN", null, BigDecimal.TEN, BigDecimal.ONE), 7L)));
        assertThat(backwards.errors()).extracting(FieldError::field).containsExactly("threshold.min");
        assertThat(backwards.errors().get(0).message().en()).contains("10", "1");
    }

    @Test
    void aScopeNeedsBothStages() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> SetKpiTargetCommand.of(new TargetInput(
                        1L,
                        "stage_conversion_rate",
                        "sql",
                        " ",
                        "2026-09",
                        new ThresholdInput("AT_LEAST", BigDecimal.ONE, null, null),
                        7L,
                        null)));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("scope.to");
    }
}
