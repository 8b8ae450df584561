package dev.baton.application.team;

import static dev.baton.domain.team.TeamTestData.aTeam;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamName;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamGuardsTest {

    private static final PersonId OWNER = new PersonId(7L);

    private final TeamGuards guards =
            new TeamGuards(new InMemoryTeams().with(aTeam().named("Sales").build()), peopleWith(OWNER));

    @Test
    void aFreeNameWithAnExistingOwnerPasses() {
        assertThatCode(() -> guards.checkNameAndOwner(new TeamName("Growth"), OWNER, Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void aNameInUseIsAConflictNotAnInvalidInput() {
        assertThatThrownBy(() -> guards.checkNameAndOwner(new TeamName("sales"), OWNER, Optional.empty()))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("name: An active team is already called 'sales'");
    }

    @Test
    void aNameInUseBesideAMissingOwnerIsAnInvalidInputNamingBoth() {
        assertThatThrownBy(() -> guards.checkNameAndOwner(new TeamName("Sales"), new PersonId(8L), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .isNotInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("name:")
                .hasMessageContaining("ownerId:");
    }

    /** People of whom only {@code findById} is asked, answering for the one person given. */
    private static PersonRepository peopleWith(PersonId known) {
        return (PersonRepository) Proxy.newProxyInstance(
                PersonRepository.class.getClassLoader(), new Class<?>[] {PersonRepository.class}, (proxy, m, args) -> {
                    if (m.getName().equals("findById")) {
                        return known.equals(args[0])
                                ? Optional.of(Person.create(
                                        known,
                                        new PersonName("Owner"),
                                        new EmailAddress("owner@example.com"),
                                        Set.of(Role.TEAM_LEAD)))
                                : Optional.empty();
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
