package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Values to record for one period, organisation-wide or in one funnel. Keys are still text here: whether each names a
 * measure is judged against the organisation's catalog by the service, so that custom catalogs count. Each bad value
 * is reported under its own key ({@code revenue}), a bad period under {@code period}.
 */
public record RecordMeasuresCommand(Period period, FunnelRef funnel, Map<String, MeasureValue> values) {

    public RecordMeasuresCommand {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param values numbers ({@link BigDecimal} or any {@link Number}) or text that should hold one; anything else
     *     (an object, a list, {@code true}, {@code null}) is refused under its key
     */
    public static RecordMeasuresCommand of(String period, String funnel, Map<String, ?> values) {
        Validation v = new Validation();
        Period parsed = v.field("period", () -> Period.parse(period));
        FunnelRef ref = v.field("funnel", () -> FunnelRef.of(funnel));
        Map<String, MeasureValue> checked = new LinkedHashMap<>();
        if (values == null || values.isEmpty()) {
            v.add(FieldError.of(
                    "body",
                    "Send at least one measure, e.g. {\"revenue\": 1800000}.",
                    "请至少提交一个度量，例如 {\"revenue\": 1800000}。"));
        } else {
            values.forEach((key, raw) -> {
                MeasureValue value = v.field(key, () -> value(raw));
                if (value != null) {
                    checked.put(key.strip(), value);
                }
            });
        }
        v.throwIfInvalid();
        return new RecordMeasuresCommand(parsed, ref, checked);
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
