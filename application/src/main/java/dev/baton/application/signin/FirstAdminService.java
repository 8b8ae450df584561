package dev.baton.application.signin;

import dev.baton.application.audit.Auditor;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.signin.port.PasswordHasher;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class FirstAdminService implements FirstAdminUseCase {

    public static final String ADMIN_USERNAME = "admin";
    private static final EmailAddress ADMIN_EMAIL = new EmailAddress("admin@baton.invalid");

    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final PasswordHasher hasher;
    private final Auditor auditor;

    @Inject
    public FirstAdminService(
            UserAccountRepository accounts, PersonRepository people, PasswordHasher hasher, Auditor auditor) {
        this.accounts = accounts;
        this.people = people;
        this.hasher = hasher;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Optional<String> ensureAdmin(Optional<String> configuredPassword) {
        if (accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
            return Optional.empty();
        }
        Optional<String> given = configuredPassword.filter(p -> !p.isBlank());
        String password = given.orElseGet(FirstAdminService::generatePassword);
        Person admin = people.findByEmail(ADMIN_EMAIL)
                .orElseGet(() -> people.add(Person.create(
                        people.nextId(), new PersonName("Administrator"), ADMIN_EMAIL, Set.of(Role.ADMIN))));
        accounts.add(new UserAccount(ADMIN_USERNAME, hasher.hash(password.toCharArray()), admin.id()));
        auditor.record(
                "user-account",
                ADMIN_USERNAME,
                "create",
                Map.of(),
                Map.of("person", admin.id().value()),
                Optional.empty());
        return given.isPresent() ? Optional.empty() : Optional.of(password);
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
