package dev.baton.application.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelCommandTest {

    @Test
    void stagesKeepTheirOrderAndDeriveTheHandoffs() {
        FunnelCommand command = FunnelCommand.define(
                " Main ",
                List.of(
                        new StageInput("mql", "MQL", 1L),
                        new StageInput("sql", "SQL", 2L),
                        new StageInput("customer", "Customer", 2L)));

        assertThat(command.funnel().name()).isEqualTo("Main");
        assertThat(command.funnel().handoffs()).hasSize(1);
        assertThat(command.id()).isEmpty();
    }

    @Test
    void everyBadStageIsNamedByItsPath() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> FunnelCommand.define(
                        "Main",
                        List.of(
                                new StageInput("mql", "MQL", 1L),
                                new StageInput("mql", "Again", 2L),
                                new StageInput("Bad Key", "Bad", 2L),
                                new StageInput("ok", " ", null))));

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly("stages[1].key", "stages[2].key", "stages[3].name", "stages[3].team");
    }

    @Test
    void aFunnelNeedsANameAndTwoStagesAndAnEditNeedsItsVersion() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> FunnelCommand.define("", List.of(new StageInput("a", "A", 1L))));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("name", "stages");

        InvalidInputException noVersion = catchThrowableOfType(
                InvalidInputException.class, () -> FunnelCommand.edit(4L, "Main", List.of(), null));
        assertThat(noVersion.errors()).extracting(FieldError::field).containsExactly("version");
    }
}
