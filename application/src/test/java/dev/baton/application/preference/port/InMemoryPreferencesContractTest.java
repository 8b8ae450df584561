package dev.baton.application.preference.port;

import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryPreferences;
import dev.baton.application.person.port.PersonRepository;

/** The PreferenceStoreContract run against the in-memory fake, so the fake services are tested over cannot drift. */
class InMemoryPreferencesContractTest extends PreferenceStoreContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryPreferences preferences = new InMemoryPreferences(people);

    @Override
    protected PreferenceStore preferences() {
        return preferences;
    }

    @Override
    protected PersonRepository people() {
        return people;
    }
}
