package dev.baton.application.signin;

import dev.baton.application.person.PersonRepository;
import dev.baton.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a password and slows down guessing: after {@value #MAX_FAILURES} failures in a row a username is paused for
 * {@link #PAUSE}. Failures are counted for unknown usernames too, and an unknown name costs the same hashing time as a
 * known one, so neither the answer nor its timing reveals which accounts exist.
 */
@ApplicationScoped
public class SignInService implements SignInUseCase {

    static final int MAX_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String decoyHash;

    @Inject
    public SignInService(
            UserAccountRepository accounts,
            PersonRepository people,
            LoginAttempts attempts,
            PasswordHasher hasher,
            Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.attempts = attempts;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("no account has this password".toCharArray());
    }

    @Override
    @Transactional
    public SignInOutcome signIn(String username, char[] password) {
        String name = normalize(username);
        if (!UserAccount.couldBeUsername(name)) {
            // No account can have this name, so there is nothing to check and no attempt to count against it.
            return new SignInOutcome.Refused();
        }
        Instant now = clock.instant();
        if (attempts.lockedUntil(name).filter(now::isBefore).isPresent()) {
            return new SignInOutcome.Paused();
        }
        Optional<UserAccount> account = accounts.findByUsername(name);
        boolean matches =
                hasher.matches(password, account.map(UserAccount::passwordHash).orElse(decoyHash));
        Optional<SignedInUser> user = account.filter(a -> matches).flatMap(a -> userOf(a));
        if (user.isPresent()) {
            attempts.reset(name);
            return new SignInOutcome.SignedIn(user.get());
        }
        if (attempts.recordFailure(name, now) >= MAX_FAILURES) {
            attempts.lock(name, now.plus(PAUSE));
        }
        return new SignInOutcome.Refused();
    }

    @Override
    @Transactional
    public Optional<SignedInUser> resume(String username) {
        return accounts.findByUsername(normalize(username)).flatMap(this::userOf);
    }

    private Optional<SignedInUser> userOf(UserAccount account) {
        return people.findById(account.person()).map(p -> signedIn(account, p));
    }

    private static SignedInUser signedIn(UserAccount account, Person person) {
        return new SignedInUser(account.username(), person.id(), person.roles());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
