package dev.baton.application.signin.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.signin.UserAccount;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every UserAccountRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class UserAccountRepositoryContract extends PortContract {

    protected abstract UserAccountRepository accounts();

    protected abstract PersonRepository people();

    protected PersonId aPerson() {
        return call(() -> people().add(Person.create(
                        people().nextId(),
                        new PersonName("Account holder"),
                        new EmailAddress(email("account")),
                        Set.of(Role.EXECUTIVE)))
                .id());
    }

    protected static String aUsername() {
        return unique("user").replace(' ', '-');
    }

    @Test
    public void anAccountIsFoundByItsUsernameAndByItsPerson() {
        UserAccount account = new UserAccount(aUsername(), "hash-1", aPerson());
        run(() -> accounts().add(account));

        assertThat(call(() -> accounts().findByUsername(account.username()))).contains(account);
        assertThat(call(() -> accounts().findByPerson(account.person()))).contains(account);
        assertThat(call(() -> accounts().findByUsername(aUsername()))).isEmpty();
    }

    @Test
    public void aUsernameBelongsToOneAccountOnly() {
        String username = aUsername();
        run(() -> accounts().add(new UserAccount(username, "hash-1", aPerson())));
        PersonId other = aPerson();

        assertThatThrownBy(() -> run(() -> accounts().add(new UserAccount(username, "hash-2", other))))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(((AlreadyExistsException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("username"));
    }

    @Test
    public void aPersonHasOneAccountOnly() {
        PersonId person = aPerson();
        run(() -> accounts().add(new UserAccount(aUsername(), "hash-1", person)));

        assertThatThrownBy(() -> run(() -> accounts().add(new UserAccount(aUsername(), "hash-2", person))))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(((AlreadyExistsException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("personId"));
    }

    @Test
    public void savingReplacesThePersonsUsernameAndHash() {
        PersonId person = aPerson();
        UserAccount first = new UserAccount(aUsername(), "hash-1", person);
        run(() -> accounts().add(first));
        UserAccount renamed = new UserAccount(aUsername(), "hash-2", person);
        run(() -> accounts().save(renamed));

        assertThat(call(() -> accounts().findByPerson(person))).contains(renamed);
        assertThat(call(() -> accounts().findByUsername(first.username()))).isEmpty();

        UserAccount rehashed = new UserAccount(renamed.username(), "hash-3", person);
        run(() -> accounts().save(rehashed));
        assertThat(call(() -> accounts().findByUsername(renamed.username()))).contains(rehashed);
    }
}
