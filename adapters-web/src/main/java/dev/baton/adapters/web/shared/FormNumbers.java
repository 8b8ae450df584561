package dev.baton.adapters.web.shared;

/** Form fields arrive as text; a number that is not one becomes "missing", which the command then reports. */
public final class FormNumbers {

    private FormNumbers() {}

    public static Long parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
