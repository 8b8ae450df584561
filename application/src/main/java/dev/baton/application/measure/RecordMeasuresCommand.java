package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Values to record for one period, organisation-wide or in one funnel. Keys are still text here: whether each names a
 * measure is judged against the organisation's catalog by the service, so that custom catalogs count. Each bad value
 * is reported under its own key ({@code revenue}), a bad period under {@code period}, a bad version under
 * {@code version}.
 *
 * <p>{@code expectedVersion} is the version of the sheet the values were entered against (0 when it held nothing), so
 * a recording made from a stale copy is refused instead of overwriting someone else's numbers.
 */
public record RecordMeasuresCommand(
        Period period, FunnelRef funnel, long expectedVersion, Map<String, MeasureValue> values) {

    public RecordMeasuresCommand {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("a sheet's version is never negative, got " + expectedVersion);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param version the sheet's version as read, as text; blank means the sheet is expected to hold nothing yet
     * @param values numbers ({@link BigDecimal} or any {@link Number}) or text that should hold one; anything else
     *     (an object, a list, {@code true}, {@code null}) is refused under its key
     */
    public static RecordMeasuresCommand of(String period, String funnel, String version, Map<String, ?> values) {
        Validation v = new Validation();
        Period parsed = v.field("period", () -> Period.parse(period));
        FunnelRef ref = v.field("funnel", () -> FunnelRef.of(funnel));
        Long expected = v.field("version", () -> version(version));
        Map<String, MeasureValue> checked = new LinkedHashMap<>();
        if (values == null || values.isEmpty()) {
            v.add(FieldError.of("body", "field.SEND_LEAST_ONE_MEASURE"));
        } else {
            values.forEach((key, raw) -> {
                MeasureValue value = v.field(key, () -> value(raw));
                if (value != null) {
                    checked.put(key.strip(), value);
                }
            });
        }
        v.throwIfInvalid();
        return new RecordMeasuresCommand(parsed, ref, expected, checked);
    }

    private static long version(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long version = Long.parseLong(text.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // Answered below with the same message as a negative number.
        }
        throw new InvalidValueException("field.NOT_VERSION_SEND_VERSION", String.valueOf(text.strip()));
    }

    private static MeasureValue value(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return MeasureValue.of(decimal);
        }
        if (raw instanceof Number || raw instanceof CharSequence) {
            return MeasureValue.parse(raw.toString());
        }
        return MeasureValue.parse(raw == null ? "" : "(" + raw + ")");
    }
}
