package dev.baton.application.person;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

public record EditPersonCommand(PersonId id, PersonName name, EmailAddress email, Set<Role> roles, long version) {

    public EditPersonCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }

    public static EditPersonCommand of(Long id, String name, String email, Collection<String> roles, Long version) {
        Validation v = new Validation();
        PersonId personId =
                v.required("id", id, "field.PERSON_ID_REQUIRED") == null ? null : v.field("id", () -> new PersonId(id));
        PersonName personName = v.field("name", () -> new PersonName(name));
        EmailAddress address = v.field("email", () -> new EmailAddress(email));
        Set<Role> parsed = PersonFields.roles(v, roles);
        v.required("version", version, "field.VERSION_REQUIRED");
        v.throwIfInvalid();
        return new EditPersonCommand(personId, personName, address, parsed, version);
    }
}
