package dev.baton.application.notification.port;

import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryPreferences;
import dev.baton.application.fakes.InMemoryRecipients;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.preference.port.PreferenceStore;
import dev.baton.application.signin.port.UserAccountRepository;

/** The RecipientsContract run against the in-memory fake, joined over the in-memory people and sign-ins. */
class InMemoryRecipientsContractTest extends RecipientsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryPreferences preferences = new InMemoryPreferences(people);
    private final InMemoryRecipients recipients = new InMemoryRecipients(people, accounts, preferences);

    @Override
    protected Recipients recipients() {
        return recipients;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }

    @Override
    protected UserAccountRepository accounts() {
        return accounts;
    }

    @Override
    protected PreferenceStore preferences() {
        return preferences;
    }
}
