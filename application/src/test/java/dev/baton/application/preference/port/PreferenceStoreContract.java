package dev.baton.application.preference.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.preference.Language;
import dev.baton.application.preference.Preferences;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every PreferenceStore keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class PreferenceStoreContract extends PortContract {

    protected abstract PreferenceStore preferences();

    protected abstract PersonRepository people();

    private Person aPerson() {
        return call(() -> people().add(Person.create(
                people().nextId(),
                new PersonName("Preferring person"),
                new EmailAddress(email("prefers")),
                Set.of(Role.TEAM_LEAD))));
    }

    @Test
    public void aNewPersonReadsEnglishWithTheDigestOnAtTheirRowsVersion() {
        Person person = aPerson();

        assertThat(call(() -> preferences().find(person.id())))
                .contains(new Preferences(Language.ENGLISH, true, person.version()));
    }

    @Test
    public void aLanguageIsChosenOnlyOnceSavedSoUntilThenThePagesFollowTheBrowser() {
        Person person = aPerson();

        assertThat(call(() -> preferences().chosenLanguage(person.id()))).isEmpty();
        call(() -> preferences().save(person.id(), Language.ENGLISH, true, person.version()));
        assertThat(call(() -> preferences().chosenLanguage(person.id()))).contains(Language.ENGLISH);
    }

    @Test
    public void aSaveIsReadBackAndMovesThePersonsVersionOn() {
        Person person = aPerson();

        Preferences saved =
                call(() -> preferences().save(person.id(), Language.SIMPLIFIED_CHINESE, false, person.version()));

        assertThat(saved.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(saved.digest()).isFalse();
        assertThat(saved.version()).isGreaterThan(person.version());
        assertThat(call(() -> preferences().find(person.id()))).contains(saved);
        assertThat(call(() -> people().findById(person.id())).orElseThrow().version())
                .isEqualTo(saved.version());
    }

    @Test
    public void aSaveAtAStaleVersionIsRefusedAndChangesNothing() {
        Person person = aPerson();
        Preferences first =
                call(() -> preferences().save(person.id(), Language.SIMPLIFIED_CHINESE, true, person.version()));

        assertThatThrownBy(() -> run(() -> preferences().save(person.id(), Language.ENGLISH, false, person.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(call(() -> preferences().find(person.id()))).contains(first);
    }

    @Test
    public void anEditOfThePersonReadBeforeASaveIsRefused() {
        Person person = aPerson();
        run(() -> preferences().save(person.id(), Language.ENGLISH, false, person.version()));

        assertThatThrownBy(() -> run(
                        () -> people().update(person.edit(new PersonName("Renamed"), person.email(), person.roles()))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    public void nobodyHasNoPreferences() {
        PersonId nobody = new PersonId(987_654_321L);

        assertThat(call(() -> preferences().find(nobody))).isEmpty();
        assertThatThrownBy(() -> run(() -> preferences().save(nobody, Language.ENGLISH, false, 0)))
                .isInstanceOf(NotFoundException.class);
    }
}
