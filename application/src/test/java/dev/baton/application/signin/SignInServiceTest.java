package dev.baton.application.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.signin.port.LoginAttempts;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.SignInLimits;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in limits over fakes of their ports, with a clock the test moves. */
class SignInServiceTest {

    private static final String RIGHT = "the-right-password";
    private static final String A = "198.51.100.1";
    private static final String B = "198.51.100.2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final CountingHasher hasher = new CountingHasher();
    private SignInService service;

    @BeforeEach
    void aPersonWithASignIn() {
        InMemoryPeople people = new InMemoryPeople();
        InMemoryAccounts accounts = new InMemoryAccounts();
        Person maya = people.withRoles("Maya Chen", Role.TEAM_LEAD);
        accounts.add(new UserAccount("maya", hasher.hash(RIGHT.toCharArray()), maya.id()));
        SignInLimits limits = new SignInLimits() {
            @Override
            public int clientMaxFailures() {
                return 8;
            }

            @Override
            public Duration clientWindow() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration clientPause() {
                return Duration.ofMinutes(10);
            }
        };
        service = new SignInService(accounts, people, attempts, hasher, clock, limits);
    }

    private SignInOutcome signIn(String username, String password, String client) {
        return service.signIn(username, password.toCharArray(), client);
    }

    @Test
    void aFloodFromOneAddressPausesTheNameThereButNotFromAnotherAddress() {
        for (int i = 0; i < SignInService.MAX_FAILURES; i++) {
            assertThat(signIn("maya", "guess-" + i, A)).isInstanceOf(SignInOutcome.Refused.class);
        }
        assertThat(signIn("maya", RIGHT, A)).isInstanceOf(SignInOutcome.Paused.class);
        assertThat(signIn("maya", RIGHT, B)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void fewerFailuresThanTheLockoutLeaveTheNameOpen() {
        for (int i = 0; i < SignInService.MAX_FAILURES - 1; i++) {
            signIn("maya", "guess-" + i, A);
        }
        assertThat(signIn("maya", RIGHT, A)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aClientOverItsLimitIsHeldBackBeforeAnyPasswordIsChecked() {
        for (int i = 0; i < 8; i++) {
            assertThat(signIn("name-" + i, "guess", A)).isInstanceOf(SignInOutcome.Refused.class);
        }
        int checks = hasher.checks;

        SignInOutcome held = signIn("maya", RIGHT, A);

        assertThat(held).isEqualTo(new SignInOutcome.Throttled(Duration.ofMinutes(10)));
        assertThat(hasher.checks).isEqualTo(checks);
        assertThat(signIn("maya", RIGHT, B)).isInstanceOf(SignInOutcome.SignedIn.class);
        clock.advance(Duration.ofMinutes(4));
        assertThat(signIn("maya", RIGHT, A)).isEqualTo(new SignInOutcome.Throttled(Duration.ofMinutes(6)));
        clock.advance(Duration.ofMinutes(6));
        assertThat(signIn("maya", RIGHT, A)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void failuresInDifferentWindowsDoNotAddUp() {
        for (int i = 0; i < 7; i++) {
            signIn("name-" + i, "guess", A);
        }
        clock.advance(Duration.ofMinutes(11));
        for (int i = 0; i < 7; i++) {
            signIn("other-" + i, "guess", A);
        }
        assertThat(signIn("maya", RIGHT, A)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void oldCountsArePurgedAtMostOnceAnHour() {
        signIn("nobody", "guess", A);
        assertThat(attempts.purges).containsExactly(clock.instant().minus(SignInService.RETENTION));
        clock.advance(Duration.ofMinutes(30));
        signIn("nobody", "guess", A);
        assertThat(attempts.purges).hasSize(1);
        clock.advance(Duration.ofMinutes(31));
        signIn("nobody", "guess", A);
        assertThat(attempts.purges).hasSize(2).last().isEqualTo(clock.instant().minus(SignInService.RETENTION));
    }

    @Test
    void aMissingOrOverlongAddressIsStillOneClient() {
        assertThat(SignInService.clientOf(null)).isEqualTo(SignInService.UNKNOWN_CLIENT);
        assertThat(SignInService.clientOf(" ")).isEqualTo(SignInService.UNKNOWN_CLIENT);
        assertThat(SignInService.clientOf("x".repeat(100))).hasSize(SignInService.MAX_CLIENT_LENGTH);
    }

    @Test
    void aNameLongerThanAnyAccountCanHaveIsRefusedWithoutBeingCheckedOrStored() {
        int checks = hasher.checks;
        String tooLong = "a".repeat(UserAccount.MAX_USERNAME_LENGTH + 1);
        assertThat(signIn(tooLong, "guess", A)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(signIn("x".repeat(100_000), "guess", A)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(signIn("maya\0", RIGHT, A)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(hasher.checks).isEqualTo(checks);
        assertThat(attempts.failures).isEmpty();
    }

    @Test
    void aNameAsLongAsTheColumnIsCheckedLikeAnyOther() {
        String longest = "a".repeat(UserAccount.MAX_USERNAME_LENGTH);
        assertThat(signIn(longest, "guess", A)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(attempts.failures).containsEntry(longest + "|" + A, 1);
    }

    /** "Hashes" that are the password with a prefix, counting every check. */
    static final class CountingHasher implements PasswordHasher {
        int checks;

        @Override
        public String hash(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            checks++;
            return hash.equals(hash(password));
        }
    }

    /** The counting rules of the PostgreSQL adapter, in maps. */
    static final class InMemoryAttempts implements LoginAttempts {
        private final Map<String, Integer> failures = new HashMap<>();
        private final Map<String, Instant> locks = new HashMap<>();
        private final Map<String, Integer> clientFailures = new HashMap<>();
        private final Map<String, Instant> windows = new HashMap<>();
        private final Map<String, Instant> blocks = new HashMap<>();
        final List<Instant> purges = new ArrayList<>();

        @Override
        public Optional<Instant> lockedUntil(String username, String client) {
            return Optional.ofNullable(locks.get(username + "|" + client));
        }

        @Override
        public int recordFailure(String username, String client, Instant at) {
            return failures.merge(username + "|" + client, 1, Integer::sum);
        }

        @Override
        public void lock(String username, String client, Instant until) {
            locks.put(username + "|" + client, until);
            failures.put(username + "|" + client, 0);
        }

        @Override
        public void reset(String username, String client) {
            failures.remove(username + "|" + client);
            locks.remove(username + "|" + client);
        }

        @Override
        public void reset(String username) {
            failures.keySet().removeIf(k -> k.startsWith(username + "|"));
            locks.keySet().removeIf(k -> k.startsWith(username + "|"));
        }

        @Override
        public Optional<Instant> clientBlockedUntil(String client) {
            return Optional.ofNullable(blocks.get(client));
        }

        @Override
        public int recordClientFailure(String client, Instant at, Duration window) {
            Instant started = windows.get(client);
            if (started == null || !started.isAfter(at.minus(window))) {
                windows.put(client, at);
                clientFailures.put(client, 1);
                return 1;
            }
            return clientFailures.merge(client, 1, Integer::sum);
        }

        @Override
        public void blockClient(String client, Instant until) {
            blocks.put(client, until);
            clientFailures.put(client, 0);
            windows.put(client, until);
        }

        @Override
        public void purge(Instant before, Instant now) {
            purges.add(before);
        }
    }
}
