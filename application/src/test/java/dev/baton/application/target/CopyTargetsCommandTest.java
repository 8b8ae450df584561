package dev.baton.application.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.period.Period;
import org.junit.jupiter.api.Test;

class CopyTargetsCommandTest {

    @Test
    void withoutATargetPeriodTheTargetsGoIntoTheNextOne() {
        CopyTargetsCommand command = CopyTargetsCommand.of(3L, "2026-Q4", null);

        assertThat(command.to()).isEqualTo(Period.quarter(2027, 1));
    }

    @Test
    void theLastQuarterHasNoNextPeriodToCopyInto() {
        InvalidInputException refused =
                catchThrowableOfType(() -> CopyTargetsCommand.of(3L, "9999-Q4", " "), InvalidInputException.class);

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("to");
            assertThat(error.message().en()).contains("9999-Q4 is the last period Baton supports");
            assertThat(error.message().zhCn()).contains("最后一个期间");
        });
    }

    @Test
    void theLastQuarterMayStillBeCopiedIntoANamedPeriod() {
        assertThat(CopyTargetsCommand.of(3L, "9999-Q4", "9999-Q1").to()).isEqualTo(Period.quarter(9999, 1));
    }
}
