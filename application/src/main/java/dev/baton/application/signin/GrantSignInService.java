package dev.baton.application.signin;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.signin.port.LoginAttempts;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/** An admin gives a person their sign-in, or sets a new password for it. The trail records who, never the hash. */
@ApplicationScoped
public class GrantSignInService implements GrantSignInUseCase {

    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final AccessPolicy access;
    private final Auditor auditor;

    @Inject
    public GrantSignInService(
            UserAccountRepository accounts,
            PersonRepository people,
            PasswordHasher hasher,
            LoginAttempts attempts,
            AccessPolicy access,
            Auditor auditor) {
        this.accounts = accounts;
        this.people = people;
        this.hasher = hasher;
        this.attempts = attempts;
        this.access = access;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public void grant(GrantSignInCommand command) {
        access.requireAdmin();
        people.findById(command.person()).orElseThrow(() -> new NotFoundException("person", command.person()));
        Optional<UserAccount> existing = accounts.findByUsername(command.username());
        if (existing.isPresent() && !existing.get().person().equals(command.person())) {
            throw AlreadyExistsException.of("username", "field.USERNAME_TAKEN", command.username());
        }
        Optional<UserAccount> previous = accounts.findByPerson(command.person());
        UserAccount account = new UserAccount(command.username(), hasher.hash(command.password()), command.person());
        accounts.save(account);
        attempts.reset(command.username());
        auditor.record(
                "user-account",
                command.username(),
                previous.isPresent() ? "set-password" : "create",
                previous.map(p -> Map.<String, Object>of("username", p.username()))
                        .orElse(Map.of()),
                Map.of(
                        "username",
                        command.username(),
                        "person",
                        command.person().value()),
                Optional.empty());
    }
}
