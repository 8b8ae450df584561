package dev.baton.application.notification.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.notification.Recipient;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.preference.Language;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every Recipients keeps: the people who have a sign-in, each with their address, roles, language and
 * digest choice as stored; a person without a sign-in gets no mail. Run against the in-memory fake and the PostgreSQL
 * adapter, which share nothing but these ports to arrange what they read.
 */
public abstract class RecipientsContract extends PortContract {

    protected abstract Recipients recipients();

    protected abstract PersonRepository people();

    protected abstract UserAccountRepository accounts();

    protected abstract PreferenceStore preferences();

    private Person person(String name, Role... roles) {
        return call(() -> people().add(Person.create(
                people().nextId(), new PersonName(name), new EmailAddress(email("recipient")), Set.of(roles))));
    }

    private Person withSignIn(String name, Role... roles) {
        Person person = person(name, roles);
        run(() -> accounts().add(new UserAccount(uniqueKey("user"), "hash", person.id())));
        return person;
    }

    @Test
    public void aPersonWithASignInIsARecipientInEnglishWithTheDigestOn() {
        Person rita = withSignIn("Rita Recipient", Role.TEAM_LEAD, Role.EXECUTIVE);

        assertThat(call(() -> recipients().find(rita.id())))
                .contains(new Recipient(
                        rita.id(),
                        "Rita Recipient",
                        rita.email(),
                        Set.of(Role.TEAM_LEAD, Role.EXECUTIVE),
                        Locale.ENGLISH,
                        true));
    }

    @Test
    public void aPersonWithoutASignInIsNoRecipient() {
        Person nora = person("Nora No-Sign-In", Role.TEAM_LEAD);

        assertThat(call(() -> recipients().find(nora.id()))).isEmpty();
        assertThat(call(() -> recipients().all())).extracting(Recipient::person).doesNotContain(nora.id());
    }

    @Test
    public void theStoredLanguageAndDigestChoiceAreTheRecipients() {
        Person li = withSignIn("Li Chosen", Role.EXECUTIVE);
        long version = call(() -> preferences().find(li.id()).orElseThrow().version());

        run(() -> preferences().save(li.id(), Language.SIMPLIFIED_CHINESE, false, version));

        Recipient recipient = call(() -> recipients().find(li.id())).orElseThrow();
        assertThat(recipient.language()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(recipient.digestWanted()).isFalse();
    }

    @Test
    public void everyoneWithASignInIsListedOnceInPersonIdOrder() {
        Person first = withSignIn("First Signed", Role.TEAM_LEAD);
        Person second = withSignIn("Second Signed", Role.ADMIN);
        person("Third Unsigned", Role.TEAM_LEAD);

        List<PersonId> listed =
                call(() -> recipients().all()).stream().map(Recipient::person).toList();

        assertThat(listed).containsSubsequence(first.id(), second.id()).doesNotHaveDuplicates();
        assertThat(listed).isSortedAccordingTo((a, b) -> Long.compare(a.value(), b.value()));
        assertThat(call(() -> recipients().all()))
                .filteredOn(r -> r.person().equals(second.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.roles()).containsExactly(Role.ADMIN));
    }
}
