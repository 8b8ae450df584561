package dev.baton.adapters.web.shared;

import java.math.BigDecimal;

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

    /** A decimal as a person types it, thousands separators allowed; {@code null} where none or no number was typed. */
    public static BigDecimal decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
