package dev.baton.domain.person;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, stored in lower case so uniqueness ignores case. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    // Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is not ours to check.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        String trimmed = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("field.EMAIL_REQUIRED");
        }
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            throw new InvalidValueException("field.NOT_AN_EMAIL", value.strip());
        }
        value = trimmed;
    }

    @Override
    public String toString() {
        return value;
    }
}
