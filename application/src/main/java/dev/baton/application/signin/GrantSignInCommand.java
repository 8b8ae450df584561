package dev.baton.application.signin;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Give a person a sign-in, or a new password: a username and an initial password chosen by an admin. */
public record GrantSignInCommand(PersonId person, String username, char[] password) {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");

    public GrantSignInCommand {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(username, "username");
        password = Arrays.copyOf(password, password.length);
    }

    public static GrantSignInCommand of(Long personId, String username, String password) {
        Validation v = new Validation();
        PersonId person = v.required("personId", personId, "field.PERSON_REQUIRED") == null
                ? null
                : v.field("personId", () -> new PersonId(personId));
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            v.add(FieldError.of("username", "field.USERNAME_SHAPE"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            v.add(FieldError.of("password", "field.PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH));
        }
        v.throwIfInvalid();
        return new GrantSignInCommand(person, name, password.toCharArray());
    }
}
