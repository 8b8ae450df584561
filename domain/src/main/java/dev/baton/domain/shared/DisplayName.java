package dev.baton.domain.shared;

/** The rule every human-entered name follows: trimmed, then 1 to 80 characters. */
public final class DisplayName {

    public static final int MAX_LENGTH = 80;

    private DisplayName() {}

    /**
     * The trimmed name, or a refusal worded by the codes {@code field.<what>_NAME_REQUIRED} and
     * {@code field.<what>_NAME_TOO_LONG}, where {@code what} is e.g. {@code TEAM}.
     */
    public static String normalize(String raw, String what) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("field." + what + "_NAME_REQUIRED");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidValueException("field." + what + "_NAME_TOO_LONG", MAX_LENGTH);
        }
        return trimmed;
    }
}
