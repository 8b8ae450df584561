package dev.baton.application.token;

import dev.baton.domain.person.PersonId;
import java.util.List;
import java.util.Optional;

public interface ListApiTokensUseCase {

    /** The signed-in person's tokens, or (for an admin) another person's. */
    List<ApiToken> list(Optional<PersonId> person);
}
