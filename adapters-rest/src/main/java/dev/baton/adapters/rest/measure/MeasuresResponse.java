package dev.baton.adapters.rest.measure;

import dev.baton.domain.measure.PeriodMeasures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A period's values: {@code {"period": "2026-09", "funnel": 3, "values": {"orders": 360, "revenue": 1800000},
 * "version": 3}}, {@code funnel} being the funnel's id, {@code null} for organisation-wide values. The version is also the response's ETag; send it back as {@code If-Match} to record.
 */
public record MeasuresResponse(String period, Long funnel, Map<String, BigDecimal> values, long version) {

    static MeasuresResponse of(PeriodMeasures measures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        measures.values().forEach((key, value) -> values.put(key.value(), value.amount()));
        return new MeasuresResponse(
                measures.period().format(),
                measures.funnel().organisationWide() ? null : measures.funnel().id(),
                values,
                measures.version());
    }

    /** The sheet's version as an entity tag: {@code "3"}. */
    String etag() {
        return "\"" + version + "\"";
    }
}
