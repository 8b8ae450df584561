package dev.baton.application.token;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.signin.SignedInUser;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.application.token.port.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in with a token: one lookup by the secret's SHA-256 hash, no bcrypt. The token carries no roles of its own:
 * the person's sign-in and roles are read afresh, so a token never grants more than its person holds right now. The
 * last use is written at most once every {@link #LAST_USED_GRANULARITY}, not on every request.
 */
@ApplicationScoped
public class ApiTokenSignInService implements AuthenticateApiTokenUseCase {

    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final int MAX_SECRET_LENGTH = 200;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final Clock clock;

    @Inject
    public ApiTokenSignInService(
            ApiTokenRepository tokens, UserAccountRepository accounts, PersonRepository people, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || secret.length() > MAX_SECRET_LENGTH || !secret.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token =
                tokens.findBySecretHash(TokenSecrets.hash(secret)).filter(t -> !t.expiredAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignedInUser> user = accounts.findByPerson(token.get().person())
                .flatMap(account -> people.findById(account.person())
                        .map(person -> new SignedInUser(account.username(), person.id(), person.roles())));
        if (user.isPresent() && dueForLastUsed(token.get(), now)) {
            tokens.markUsed(token.get().id(), now);
        }
        return user;
    }

    private static boolean dueForLastUsed(ApiToken token, Instant now) {
        return token.lastUsedAt()
                .map(last -> !last.plus(LAST_USED_GRANULARITY).isAfter(now))
                .orElse(true);
    }
}
