package dev.baton.app.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every PersonRepository keeps, checked against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class PersonRepositoryContractTest {

    @Inject
    PersonRepository people;

    private Person stored(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> people.add(Person.create(
                        people.nextId(),
                        new PersonName(name),
                        new EmailAddress(Names.email("c")),
                        Set.of(Role.EXECUTIVE, Role.TEAM_LEAD))));
    }

    @Test
    void aStoredPersonIsFoundByIdAndByAddress() {
        Person person = stored("Found");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(people.findById(person.id())).contains(person);
            assertThat(people.findByEmail(person.email())).contains(person);
        });
    }

    @Test
    void anUpdateFromAStaleCopyIsAConcurrentEdit() {
        Person person = stored("Stale");
        QuarkusTransaction.requiringNew()
                .run(() -> people.update(person.edit(new PersonName("Fresh"), person.email(), Set.of(Role.ADMIN))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> people.update(person.edit(new PersonName("Lost"), person.email(), person.roles()))))
                .isInstanceOf(ConcurrentEditException.class);
        QuarkusTransaction.requiringNew().run(() -> assertThat(people.findById(person.id()))
                .get()
                .extracting(p -> p.name().value())
                .isEqualTo("Fresh"));
    }

    @Test
    void searchMatchesNamesAndTreatsWildcardsLiterally() {
        String name = Names.unique("Percent_%");
        stored(name);
        stored(Names.unique("Percentage"));
        QuarkusTransaction.requiringNew().run(() -> {
            var page = people.list(Optional.of("percent_%"), new PageRequest(0, 50));
            assertThat(page.items()).extracting(p -> p.name().value()).contains(name);
            assertThat(page.items())
                    .allMatch(p -> p.name().value().toLowerCase().contains("percent_%"));
        });
    }
}
