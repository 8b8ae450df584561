package dev.baton.adapters.web.shared;

import dev.baton.application.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The numbers of a bar as the target forms send them: typed text, with thousands separators allowed. */
public final class ThresholdNumbers {

    private ThresholdNumbers() {}

    /** The number typed, or {@code null} where nothing or no number was typed. */
    public static BigDecimal parse(String raw) {
        return FormNumbers.decimal(raw);
    }

    /**
     * The refusals with a bar's number that was typed but is not a number said as such: the use case only sees the
     * missing number and would ask for one, as if nothing had been typed.
     */
    public static List<FieldError> refusals(List<FieldError> errors, String value, String min, String max) {
        Map<String, String> typed = Map.of(
                "threshold.value", value == null ? "" : value,
                "threshold.min", min == null ? "" : min,
                "threshold.max", max == null ? "" : max);
        return errors.stream()
                .map(err -> {
                    String raw = typed.getOrDefault(err.field(), "");
                    return !raw.isBlank() && parse(raw) == null
                            ? FieldError.of(err.field(), "field.NOT_A_NUMBER", raw.strip())
                            : err;
                })
                .toList();
    }
}
