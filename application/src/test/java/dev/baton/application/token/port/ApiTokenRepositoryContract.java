package dev.baton.application.token.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.token.ApiToken;
import dev.baton.application.token.TokenSecrets;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every ApiTokenRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class ApiTokenRepositoryContract extends PortContract {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");

    protected abstract ApiTokenRepository tokens();

    protected abstract PersonRepository people();

    protected PersonId aPerson() {
        return call(() -> people().add(Person.create(
                        people().nextId(),
                        new PersonName("Token holder"),
                        new EmailAddress(email("token")),
                        Set.of(Role.EXECUTIVE)))
                .id());
    }

    protected ApiToken stored(PersonId person, String name, Instant createdAt) {
        ApiToken token = new ApiToken(
                call(() -> tokens().nextId()),
                person,
                name,
                createdAt,
                Optional.empty(),
                createdAt.plus(Duration.ofDays(90)));
        run(() -> tokens().add(token, TokenSecrets.hash(unique(name))));
        return token;
    }

    @Test
    public void aTokenIsFoundByIdAndByTheHashOfItsSecret() {
        PersonId person = aPerson();
        ApiToken token = new ApiToken(
                call(() -> tokens().nextId()),
                person,
                "ci",
                CREATED,
                Optional.empty(),
                CREATED.plus(Duration.ofDays(30)));
        String hash = TokenSecrets.hash(unique("secret"));
        run(() -> tokens().add(token, hash));

        assertThat(call(() -> tokens().findById(token.id()))).contains(token);
        assertThat(call(() -> tokens().findBySecretHash(hash))).contains(token);
        assertThat(call(() -> tokens().findBySecretHash(TokenSecrets.hash(unique("other")))))
                .isEmpty();
    }

    @Test
    public void aPersonsTokensComeNewestFirst() {
        PersonId person = aPerson();
        ApiToken older = stored(person, "older", CREATED);
        ApiToken newer = stored(person, "newer", CREATED.plus(Duration.ofHours(1)));
        stored(aPerson(), "someone else's", CREATED);

        assertThat(call(() -> tokens().findByPerson(person))).containsExactly(newer, older);
    }

    @Test
    public void aUseIsMarkedAndADeletedTokenIsGone() {
        ApiToken token = stored(aPerson(), "used", CREATED);
        Instant used = CREATED.plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
        run(() -> tokens().markUsed(token.id(), used));
        assertThat(call(() -> tokens().findById(token.id())))
                .get()
                .extracting(ApiToken::lastUsedAt)
                .isEqualTo(Optional.of(used));

        run(() -> tokens().delete(token.id()));
        assertThat(call(() -> tokens().findById(token.id()))).isEmpty();
    }
}
