package dev.baton.application.metric;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to compute: a metric, the pair of stages for a stage-scoped one, and the measures (or directly known metric
 * values) to compute it from.
 */
public record EvaluateMetricCommand(MetricKey metric, Optional<StageScope> scope, Map<MetricKey, BigDecimal> measures) {

    /** Longer than any figure a person types; keeps a pasted wall of digits from costing a parse. */
    static final int MAX_NUMBER_LENGTH = 60;

    public EvaluateMetricCommand {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /**
     * Builds the command from what a client sent, reporting every bad field at once as {@code measures.<key>} or
     * {@code scope}. A measure sent as {@code null} or blank text counts as not given.
     *
     * @param measures numbers, or text that should hold a number
     */
    public static EvaluateMetricCommand of(
            MetricKey metric, String scopeFrom, String scopeTo, Map<String, ?> measures) {
        Validation v = new Validation();
        Map<MetricKey, BigDecimal> values = new LinkedHashMap<>();
        if (measures != null) {
            measures.forEach((rawKey, rawValue) -> {
                String field = "measures." + rawKey;
                if (!MetricKey.isValid(rawKey)) {
                    v.add(FieldError.of(field, "field.NOT_MEASURE_METRIC_KEY", String.valueOf(rawKey)));
                    return;
                }
                number(v, field, rawValue).ifPresent(value -> values.put(MetricKey.of(rawKey), value));
            });
        }
        Optional<StageScope> scope = scope(v, scopeFrom, scopeTo);
        v.throwIfInvalid();
        return new EvaluateMetricCommand(metric, scope, values);
    }

    private static Optional<BigDecimal> number(Validation v, String field, Object raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        String text =
                raw instanceof Number ? raw.toString() : String.valueOf(raw).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!(raw instanceof Number || raw instanceof CharSequence) || text.length() > MAX_NUMBER_LENGTH) {
            v.add(FieldError.of(field, "field.THIS_NOT_NUMBER"));
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            v.add(FieldError.of(field, "field.NOT_NUMBER_WRITE_LIKE", String.valueOf(text)));
            return Optional.empty();
        }
    }

    private static Optional<StageScope> scope(Validation v, String from, String to) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return Optional.empty();
        }
        return Optional.ofNullable(v.field("scope", () -> {
            StageScope scope = new StageScope(noFrom ? "" : from.strip(), noTo ? "" : to.strip());
            MetricKey.stageEntries(scope.from());
            MetricKey.stageEntries(scope.to());
            return scope;
        }));
    }
}
