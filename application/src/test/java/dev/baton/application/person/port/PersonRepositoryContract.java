package dev.baton.application.person.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every PersonRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class PersonRepositoryContract extends PortContract {

    protected abstract PersonRepository people();

    protected Person stored(String name) {
        return call(() -> people().add(Person.create(
                people().nextId(),
                new PersonName(name),
                new EmailAddress(email("c")),
                Set.of(Role.EXECUTIVE, Role.TEAM_LEAD))));
    }

    @Test
    public void aStoredPersonIsFoundByIdAndByAddress() {
        Person person = stored("Found");
        run(() -> {
            assertThat(people().findById(person.id())).contains(person);
            assertThat(people().findByEmail(person.email())).contains(person);
        });
    }

    @Test
    public void anUpdateFromAStaleCopyIsAConcurrentEdit() {
        Person person = stored("Stale");
        run(() -> people().update(person.edit(new PersonName("Fresh"), person.email(), Set.of(Role.ADMIN))));
        assertThatThrownBy(() ->
                        run(() -> people().update(person.edit(new PersonName("Lost"), person.email(), person.roles()))))
                .isInstanceOf(ConcurrentEditException.class);
        run(() -> assertThat(people().findById(person.id()))
                .get()
                .extracting(p -> p.name().value())
                .isEqualTo("Fresh"));
    }

    @Test
    public void searchMatchesNamesAndTreatsWildcardsLiterally() {
        String name = unique("Percent_%");
        stored(name);
        stored(unique("Percentage"));
        run(() -> {
            var page = people().list(Optional.of("percent_%"), new PageRequest(0, 50));
            assertThat(page.items()).extracting(p -> p.name().value()).contains(name);
            assertThat(page.items())
                    .allMatch(p -> p.name().value().toLowerCase().contains("percent_%"));
        });
    }

    @Test
    public void anAddressBelongsToOnePersonOnly() {
        Person person = stored("First");
        assertThatThrownBy(() -> run(() -> people().add(Person.create(
                        people().nextId(), new PersonName("Second"), person.email(), Set.of(Role.EXECUTIVE)))))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(((AlreadyExistsException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("email"));
    }

    @Test
    public void anUpdateBumpsTheVersion() {
        Person person = stored("Versioned");
        Person updated =
                call(() -> people().update(person.edit(new PersonName("Renamed"), person.email(), person.roles())));
        assertThat(updated.version()).isEqualTo(person.version() + 1);
        assertThat(call(() -> people().findAllById(java.util.List.of(person.id()))))
                .containsExactly(updated);
    }
}
