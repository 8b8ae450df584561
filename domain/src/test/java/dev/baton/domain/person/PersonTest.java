package dev.baton.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(new EmailAddress("  Ada@Example.COM ").value()).isEqualTo("ada@example.com");
    }

    @Test
    void somethingThatIsNotAnAddressIsRefusedNamingIt() {
        assertThatThrownBy(() -> new EmailAddress("ada at example"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'ada at example' is not an e-mail address.");
        assertThatThrownBy(() -> new EmailAddress("")).hasMessage("An e-mail address is required.");
    }

    @Test
    void aPersonHoldsAtLeastOneRole() {
        assertThatThrownBy(() -> Person.create(
                        new PersonId(1), new PersonName("Ada"), new EmailAddress("ada@example.com"), Set.of()))
                .hasMessage("A person needs at least one role.");
    }

    @Test
    void aPersonMayHoldSeveralRoles() {
        Person person = Person.create(
                new PersonId(1),
                new PersonName(" Ada "),
                new EmailAddress("ada@example.com"),
                Set.of(Role.ADMIN, Role.EXECUTIVE));
        assertThat(person.name().value()).isEqualTo("Ada");
        assertThat(person.hasRole(Role.ADMIN)).isTrue();
        assertThat(person.hasRole(Role.TEAM_LEAD)).isFalse();
        assertThat(person.edit(person.name(), person.email(), Set.of(Role.TEAM_LEAD))
                        .roles())
                .containsExactly(Role.TEAM_LEAD);
    }

    @Test
    void aPersonsNameFollowsTheSameRuleAsATeams() {
        assertThatThrownBy(() -> new PersonName("y".repeat(81))).hasMessageContaining("80");
    }
}
