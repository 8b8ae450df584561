package dev.baton.domain.person;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.Phrase;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(new EmailAddress("  Ada@Example.COM ").value()).isEqualTo("ada@example.com");
    }

    @Test
    void somethingThatIsNotAnAddressIsRefusedNamingIt() {
        assertThat(phraseOf(() -> new EmailAddress("ada at example")))
                .isEqualTo(Phrase.of("field.NOT_AN_EMAIL", "ada at example"));
        assertThat(phraseOf(() -> new EmailAddress(""))).isEqualTo(Phrase.of("field.EMAIL_REQUIRED"));
    }

    @Test
    void aPersonHoldsAtLeastOneRole() {
        assertThatThrownBy(() -> Person.create(
                        new PersonId(1), new PersonName("Ada"), new EmailAddress("ada@example.com"), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.phrase())
                        .isEqualTo(Phrase.of("field.ROLE_REQUIRED")));
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
        assertThat(phraseOf(() -> new PersonName("y".repeat(81))))
                .isEqualTo(Phrase.of("field.PERSON_NAME_TOO_LONG", 80));
    }
}
