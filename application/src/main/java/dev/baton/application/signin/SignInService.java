package dev.baton.application.signin;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.signin.port.LoginAttempts;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.SignInLimits;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a password and slows down guessing, in two ways. A client address with too many failures in a window
 * ({@link SignInLimits}) is held back before any password is checked, so a flood costs no bcrypt. And after
 * {@value #MAX_FAILURES} failures in a row a username is paused for {@link #PAUSE} from the address they came from:
 * the same flood does not lock the person out from anywhere else. Failures are counted for unknown usernames too, and
 * an unknown name costs the same hashing time as a known one, so neither the answer nor its timing reveals which
 * accounts exist. Counts older than {@link #RETENTION} are purged, at most once every {@link #PURGE_EVERY}.
 */
@ApplicationScoped
public class SignInService implements SignInUseCase {

    static final int MAX_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(15);
    static final Duration RETENTION = Duration.ofDays(1);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    static final int MAX_CLIENT_LENGTH = 64;
    static final String UNKNOWN_CLIENT = "unknown";

    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignInLimits limits;
    private final String decoyHash;
    private volatile Instant nextPurge = Instant.MIN;

    @Inject
    public SignInService(
            UserAccountRepository accounts,
            PersonRepository people,
            LoginAttempts attempts,
            PasswordHasher hasher,
            Clock clock,
            SignInLimits limits) {
        this.accounts = accounts;
        this.people = people;
        this.attempts = attempts;
        this.hasher = hasher;
        this.clock = clock;
        this.limits = limits;
        this.decoyHash = hasher.hash("no account has this password".toCharArray());
    }

    @Override
    @Transactional
    public SignInOutcome signIn(String username, char[] password, String client) {
        String name = normalize(username);
        String from = clientOf(client);
        Instant now = clock.instant();
        Optional<Instant> heldBack = attempts.clientBlockedUntil(from).filter(now::isBefore);
        if (heldBack.isPresent()) {
            return new SignInOutcome.Throttled(Duration.between(now, heldBack.get()));
        }
        if (!UserAccount.couldBeUsername(name)) {
            // No account can have this name, so there is nothing to check and no attempt to count against it.
            return new SignInOutcome.Refused();
        }
        if (attempts.lockedUntil(name, from).filter(now::isBefore).isPresent()) {
            return new SignInOutcome.Paused();
        }
        Optional<UserAccount> account = accounts.findByUsername(name);
        boolean matches =
                hasher.matches(password, account.map(UserAccount::passwordHash).orElse(decoyHash));
        Optional<SignedInUser> user = account.filter(a -> matches).flatMap(a -> userOf(a));
        if (user.isPresent()) {
            attempts.reset(name, from);
            return new SignInOutcome.SignedIn(user.get());
        }
        if (attempts.recordFailure(name, from, now) >= MAX_FAILURES) {
            attempts.lock(name, from, now.plus(PAUSE));
        }
        if (attempts.recordClientFailure(from, now, limits.clientWindow()) >= limits.clientMaxFailures()) {
            attempts.blockClient(from, now.plus(limits.clientPause()));
        }
        purgeNowAndThen(now);
        return new SignInOutcome.Refused();
    }

    private void purgeNowAndThen(Instant now) {
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_EVERY);
        attempts.purge(now.minus(RETENTION), now);
    }

    /** The address as the HTTP layer gave it, within the column's width; no address at all counts as one client. */
    static String clientOf(String client) {
        if (client == null || client.isBlank()) {
            return UNKNOWN_CLIENT;
        }
        String stripped = client.strip();
        return stripped.length() > MAX_CLIENT_LENGTH ? stripped.substring(0, MAX_CLIENT_LENGTH) : stripped;
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
