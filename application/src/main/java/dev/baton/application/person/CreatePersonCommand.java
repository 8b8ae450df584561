package dev.baton.application.person;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

public record CreatePersonCommand(PersonName name, EmailAddress email, Set<Role> roles) {

    public CreatePersonCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }

    public static CreatePersonCommand of(String name, String email, Collection<String> roles) {
        Validation v = new Validation();
        PersonName personName = v.field("name", () -> new PersonName(name));
        EmailAddress address = v.field("email", () -> new EmailAddress(email));
        Set<Role> parsed = PersonFields.roles(v, roles);
        v.throwIfInvalid();
        return new CreatePersonCommand(personName, address, parsed);
    }
}
