package dev.baton.application.notification.port;

import dev.baton.application.notification.Recipient;
import dev.baton.domain.person.PersonId;
import java.util.List;
import java.util.Optional;

/** The people with a sign-in, each with their language and digest preference. */
public interface Recipients {

    /** Everyone who can sign in, ordered by person id. */
    List<Recipient> all();

    /** This person, when they can sign in. */
    Optional<Recipient> find(PersonId person);
}
