package dev.baton.application.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.person.PersonRepository;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

    private static final PersonId LEAD = new PersonId(7L);

    private final ColumnBoundAttempts attempts = new ColumnBoundAttempts();
    private final SignInService service = new SignInService(
            new OneAccount(new UserAccount("lead", "hash:right-password", LEAD)),
            new OnePerson(),
            attempts,
            new PlainHasher(),
            Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theRightPasswordSignsIn() {
        assertThat(service.signIn("lead", "right-password".toCharArray())).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aWrongPasswordIsRefusedAndCounted() {
        assertThat(service.signIn("lead", "wrong".toCharArray())).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(attempts.failures).containsEntry("lead", 1);
    }

    @Test
    void aNameAsLongAsTheColumnIsCheckedLikeAnyOther() {
        String longest = "a".repeat(UserAccount.MAX_USERNAME_LENGTH);
        assertThat(service.signIn(longest, "guess".toCharArray())).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(attempts.failures).containsEntry(longest, 1);
    }

    @Test
    void aNameLongerThanAnyAccountCanHaveIsRefusedWithoutBeingStored() {
        String tooLong = "a".repeat(UserAccount.MAX_USERNAME_LENGTH + 1);
        assertThat(service.signIn(tooLong, "guess".toCharArray())).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(service.signIn("x".repeat(100_000), "guess".toCharArray()))
                .isInstanceOf(SignInOutcome.Refused.class);
        assertThat(attempts.failures).isEmpty();
    }

    @Test
    void aNameWithANulCharacterIsRefusedWithoutBeingStored() {
        assertThat(service.signIn("lead\0", "right-password".toCharArray())).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(attempts.failures).isEmpty();
    }

    @Test
    void surroundingBlanksDoNotMakeANameTooLong() {
        String padded = " ".repeat(200) + "lead" + " ".repeat(200);
        assertThat(service.signIn(padded, "right-password".toCharArray())).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    /** Failed attempts kept like the login_attempt table does: a name longer than its column cannot be stored. */
    private static final class ColumnBoundAttempts implements LoginAttempts {
        final Map<String, Integer> failures = new HashMap<>();

        @Override
        public Optional<Instant> lockedUntil(String username) {
            fits(username);
            return Optional.empty();
        }

        @Override
        public int recordFailure(String username, Instant at) {
            fits(username);
            return failures.merge(username, 1, Integer::sum);
        }

        @Override
        public void lock(String username, Instant until) {
            fits(username);
        }

        @Override
        public void reset(String username) {
            fits(username);
            failures.remove(username);
        }

        private static void fits(String username) {
            if (username.length() > 80 || username.indexOf('\0') >= 0) {
                throw new IllegalStateException("value too long for type character varying(80)");
            }
        }
    }

    private record OneAccount(UserAccount account) implements UserAccountRepository {
        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return Optional.of(account).filter(a -> a.username().equals(username));
        }

        @Override
        public Optional<UserAccount> findByPerson(PersonId person) {
            return Optional.of(account).filter(a -> a.person().equals(person));
        }

        @Override
        public void add(UserAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(UserAccount account) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class OnePerson implements PersonRepository {
        private final Person lead = Person.create(
                LEAD, new PersonName("Lead"), new EmailAddress("lead@example.com"), Set.of(Role.TEAM_LEAD));

        @Override
        public PersonId nextId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person add(Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person update(Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Person> findById(PersonId id) {
            return Optional.of(lead).filter(p -> p.id().equals(id));
        }

        @Override
        public List<Person> findAllById(Collection<PersonId> ids) {
            return ids.contains(LEAD) ? List.of(lead) : List.of();
        }

        @Override
        public Optional<Person> findByEmail(EmailAddress email) {
            return Optional.empty();
        }

        @Override
        public Page<Person> list(Optional<String> search, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return hash.equals(hash(password));
        }
    }
}
