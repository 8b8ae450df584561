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
            throw new InvalidValueException("An e-mail address is required.", "电子邮件地址为必填项。");
        }
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            throw new InvalidValueException(
                    "'" + value.strip() + "' is not an e-mail address.", "“" + value.strip() + "”不是有效的电子邮件地址。");
        }
        value = trimmed;
    }

    @Override
    public String toString() {
        return value;
    }
}
