package dev.baton.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.team.DepartmentKind;
import org.junit.jupiter.api.Test;

class TeamCommandsTest {

    @Test
    void aValidCreateCommandHoldsValueObjects() {
        CreateTeamCommand command = CreateTeamCommand.of(" Sales ", "sales", 3L);
        assertThat(command.name().value()).isEqualTo("Sales");
        assertThat(command.kind()).isEqualTo(DepartmentKind.SALES);
        assertThat(command.owner().value()).isEqualTo(3);
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> CreateTeamCommand.of("", "SPACE", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .errors().stream().map(FieldError::field).toList())
                .isEqualTo(java.util.List.of("name", "kind", "ownerId"));
    }

    @Test
    void anEditWithoutTheVersionItWasBasedOnIsRefused() {
        assertThatThrownBy(() -> EditTeamCommand.of(1L, "Sales", "SALES", 2L, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("version");
    }

    @Test
    void aListQueryRefusesAnUnknownKindAndAnOversizedPage() {
        assertThatThrownBy(() -> ListTeamsQuery.of("NOPE", false, 0, 20)).hasMessageContaining("kind");
        assertThatThrownBy(() -> ListTeamsQuery.of(null, false, 0, 201)).hasMessageContaining("size");
        assertThat(ListTeamsQuery.of(null, null, null, null).page().size()).isEqualTo(20);
    }
}
