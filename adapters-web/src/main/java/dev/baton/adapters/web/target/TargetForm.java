package dev.baton.adapters.web.target;

import dev.baton.domain.target.KpiTarget;

/**
 * What the target form holds, exactly as typed, so a refused or previewed form comes back intact. {@code id} is empty
 * for a new target.
 */
public record TargetForm(
        String id,
        String version,
        String metric,
        String scopeFrom,
        String scopeTo,
        String period,
        String type,
        String value,
        String min,
        String max,
        String ownerId,
        String rationale) {

    public TargetForm {
        id = text(id);
        version = text(version);
        metric = text(metric);
        scopeFrom = text(scopeFrom);
        scopeTo = text(scopeTo);
        period = text(period);
        type = text(type);
        value = text(value);
        min = text(min);
        max = text(max);
        ownerId = text(ownerId);
        rationale = text(rationale);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static TargetForm fresh(String period, long owner) {
        return new TargetForm("", "", "", "", "", period, "AT_LEAST", "", "", "", Long.toString(owner), "");
    }

    /** This form with the metric and scope a link chose (a suggested shared metric opens the form so). */
    TargetForm choosing(String chosenMetric, String chosenFrom, String chosenTo) {
        return new TargetForm(
                id, version, chosenMetric, chosenFrom, chosenTo, period, type, value, min, max, ownerId, rationale);
    }

    /** This form with the bar a link gave (the scorecard's "adopt" carries the neighbour's); none keeps the form's. */
    TargetForm barring(String barType, String barValue, String barMin, String barMax) {
        if (barType == null || barType.isBlank()) {
            return this;
        }
        return new TargetForm(
                id,
                version,
                metric,
                scopeFrom,
                scopeTo,
                period,
                barType,
                barValue == null ? "" : barValue,
                barMin == null ? "" : barMin,
                barMax == null ? "" : barMax,
                ownerId,
                rationale);
    }

    static TargetForm of(KpiTarget target) {
        var t = target.threshold();
        boolean between = t.comparison() == dev.baton.domain.target.Comparison.BETWEEN;
        String single = between
                ? ""
                : t.lower()
                        .or(t::upper)
                        .map(java.math.BigDecimal::toPlainString)
                        .orElse("");
        return new TargetForm(
                target.id().toString(),
                Long.toString(target.version()),
                target.metric().value(),
                target.scope().map(s -> s.from()).orElse(""),
                target.scope().map(s -> s.to()).orElse(""),
                target.period().format(),
                t.comparison().name(),
                single,
                between ? t.lower().orElseThrow().toPlainString() : "",
                between ? t.upper().orElseThrow().toPlainString() : "",
                Long.toString(target.owner().value()),
                target.rationale().orElse(""));
    }

    public boolean isChange() {
        return !id.isEmpty();
    }

    public boolean metricIs(String key) {
        return metric.equals(key);
    }

    public boolean typeIs(String comparison) {
        return type.equals(comparison);
    }

    public boolean ownerIs(long person) {
        return ownerId.equals(Long.toString(person));
    }
}
