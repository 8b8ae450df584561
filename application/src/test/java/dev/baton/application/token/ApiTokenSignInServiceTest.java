package dev.baton.application.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.signin.SignedInUser;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in with a token, over fakes of its ports. */
class ApiTokenSignInServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private ApiTokenSignInService service;
    private Person maya;
    private String secret;

    @BeforeEach
    void mayaHoldsAToken() {
        maya = people.withRoles("Maya Chen", Role.TEAM_LEAD, Role.ADMIN);
        accounts.add(new UserAccount("maya", "irrelevant", maya.id()));
        service = new ApiTokenSignInService(tokens, accounts, people, clock);
        secret = TokenSecrets.newSecret();
        tokens.add(
                new ApiToken(
                        1,
                        maya.id(),
                        "script",
                        clock.instant(),
                        Optional.empty(),
                        clock.instant().plus(Duration.ofDays(1))),
                TokenSecrets.hash(secret));
    }

    @Test
    void aTokenSignsInAsItsPersonWithTheirRolesOfNow() {
        assertThat(service.authenticate(secret))
                .contains(new SignedInUser("maya", maya.id(), Set.of(Role.TEAM_LEAD, Role.ADMIN)));
        people.replace(maya.edit(
                new PersonName("Maya Chen"), new EmailAddress("maya.chen@example.com"), Set.of(Role.EXECUTIVE)));
        assertThat(service.authenticate(secret).map(SignedInUser::roles)).contains(Set.of(Role.EXECUTIVE));
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        service.authenticate(secret);
        clock.advance(Duration.ofSeconds(30));
        service.authenticate(secret);
        service.authenticate(secret);
        assertThat(tokens.uses).hasSize(1);
        clock.advance(Duration.ofSeconds(30));
        service.authenticate(secret);
        assertThat(tokens.uses).hasSize(2);
    }

    @Test
    void anExpiredTokenSignsNobodyIn() {
        clock.advance(Duration.ofDays(1));
        assertThat(service.authenticate(secret)).isEmpty();
        assertThat(tokens.uses).isEmpty();
    }

    @Test
    void anUnknownOrMalformedSecretSignsNobodyIn() {
        assertThat(service.authenticate(TokenSecrets.newSecret())).isEmpty();
        assertThat(service.authenticate(secret.substring(TokenSecrets.PREFIX.length())))
                .isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
    }

    @Test
    void aTokenWhosePersonLostTheirSignInSignsNobodyIn() {
        InMemoryAccounts none = new InMemoryAccounts();
        ApiTokenSignInService withoutAccount = new ApiTokenSignInService(tokens, none, people, clock);
        assertThat(withoutAccount.authenticate(secret)).isEmpty();
    }

    @Test
    void aSecretIsLongRandomAndOnlyItsHashIsUsedToFindIt() {
        assertThat(secret)
                .startsWith(TokenSecrets.PREFIX)
                .hasSizeGreaterThan(40)
                .isNotEqualTo(TokenSecrets.newSecret());
        assertThat(TokenSecrets.hash(secret))
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .doesNotContain(secret);
        assertThat(tokens.hashes.keySet()).containsExactly(TokenSecrets.hash(secret));
    }

    static final class InMemoryTokens implements ApiTokenRepository {
        final Map<String, ApiToken> hashes = new HashMap<>();
        final List<Instant> uses = new ArrayList<>();

        @Override
        public long nextId() {
            return hashes.size() + 1;
        }

        @Override
        public void add(ApiToken token, String secretHash) {
            hashes.put(secretHash, token);
        }

        @Override
        public List<ApiToken> findByPerson(PersonId person) {
            return hashes.values().stream()
                    .filter(t -> t.person().equals(person))
                    .toList();
        }

        @Override
        public Optional<ApiToken> findById(long id) {
            return hashes.values().stream().filter(t -> t.id() == id).findFirst();
        }

        @Override
        public Optional<ApiToken> findBySecretHash(String secretHash) {
            return Optional.ofNullable(hashes.get(secretHash));
        }

        @Override
        public void delete(long id) {
            hashes.values().removeIf(t -> t.id() == id);
        }

        @Override
        public void markUsed(long id, Instant at) {
            uses.add(at);
            hashes.replaceAll((hash, t) -> t.id() == id
                    ? new ApiToken(t.id(), t.person(), t.name(), t.createdAt(), Optional.of(at), t.expiresAt())
                    : t);
        }
    }
}
