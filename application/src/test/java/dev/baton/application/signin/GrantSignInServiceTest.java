package dev.baton.application.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Granting a sign-in, and the first admin's, over in-memory fakes of the accounts, attempts and hasher. */
class GrantSignInServiceTest {

    private final World world = new World();
    private final GrantSignInService grant = new GrantSignInService(
            world.accounts, world.people, world.hasher, world.attempts, world.access(), world.auditor());
    private Person lead;

    @BeforeEach
    void anAdminAndALead() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        world.signInAdmin();
    }

    @Test
    void anAdminGrantsASignInWhosePasswordIsKeptOnlyAsAHash() {
        grant.grant(GrantSignInCommand.of(lead.id().value(), "lee", "correct horse battery"));

        UserAccount account = world.accounts.findByUsername("lee").orElseThrow();
        assertThat(account.person()).isEqualTo(lead.id());
        assertThat(account.passwordHash()).isNotEqualTo("correct horse battery");
        assertThat(world.hasher.matches("correct horse battery".toCharArray(), account.passwordHash()))
                .isTrue();
        assertThat(world.audit.actions()).containsExactly("user-account:create");
    }

    @Test
    void aNewPasswordReplacesTheOldAndLiftsTheNamesLockout() {
        grant.grant(GrantSignInCommand.of(lead.id().value(), "lee", "correct horse battery"));
        world.attempts.recordFailure("lee-lead", "10.0.0.1", Instant.parse("2026-11-15T09:00:00Z"));

        grant.grant(GrantSignInCommand.of(lead.id().value(), "lee-lead", "another long secret"));

        assertThat(world.accounts.findByUsername("lee")).isEmpty();
        assertThat(world.accounts.findByPerson(lead.id()).orElseThrow().username())
                .isEqualTo("lee-lead");
        assertThat(world.attempts.failures).isEmpty();
        assertThat(world.audit.actions()).containsExactly("user-account:create", "user-account:set-password");
    }

    @Test
    void aUsernameSomeoneElseHoldsIsAlreadyTaken() {
        grant.grant(GrantSignInCommand.of(lead.id().value(), "lee", "correct horse battery"));
        Person other = world.person("Olga Other", Role.EXECUTIVE);
        assertThatThrownBy(() -> grant.grant(GrantSignInCommand.of(other.id().value(), "lee", "correct horse battery")))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("username"));
        assertThat(world.accounts.findByPerson(other.id())).isEmpty();
    }

    @Test
    void aShortPasswordIsAnErrorOnThePassword() {
        assertThatThrownBy(() -> GrantSignInCommand.of(lead.id().value(), "lee", "short"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("password"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThatThrownBy(() -> grant.grant(GrantSignInCommand.of(4242L, "ghost", "correct horse battery")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnAdminGrantsASignIn() {
        world.signIn(lead);
        assertThatThrownBy(() -> grant.grant(GrantSignInCommand.of(lead.id().value(), "lee", "correct horse battery")))
                .isInstanceOf(ForbiddenException.class);
        world.signOut();
        assertThatThrownBy(() -> grant.grant(GrantSignInCommand.of(lead.id().value(), "lee", "correct horse battery")))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(world.accounts.findByPerson(lead.id())).isEmpty();
    }

    @Test
    void theFirstAdminIsMadeOnceWithTheConfiguredPassword() {
        FirstAdminService first = new FirstAdminService(world.accounts, world.people, world.hasher, world.auditor());

        assertThat(first.ensureAdmin(Optional.of("configured secret"))).isEmpty();
        UserAccount admin =
                world.accounts.findByUsername(FirstAdminService.ADMIN_USERNAME).orElseThrow();
        assertThat(world.people.findById(admin.person()).orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(world.hasher.matches("configured secret".toCharArray(), admin.passwordHash()))
                .isTrue();
        assertThat(first.ensureAdmin(Optional.empty())).isEmpty();
    }

    @Test
    void withoutAConfiguredPasswordTheFirstAdminGetsAGeneratedOneToldOnce() {
        FirstAdminService first = new FirstAdminService(world.accounts, world.people, world.hasher, world.auditor());

        String generated = first.ensureAdmin(Optional.empty()).orElseThrow();
        UserAccount admin =
                world.accounts.findByUsername(FirstAdminService.ADMIN_USERNAME).orElseThrow();
        assertThat(world.hasher.matches(generated.toCharArray(), admin.passwordHash()))
                .isTrue();
    }
}
