package dev.baton.adapters.rest.measure;

import dev.baton.domain.measure.PeriodMeasures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A period's values: {@code {"period": "2026-09", "funnel": "", "values": {"orders": 360, "revenue": 1800000}}}. */
public record MeasuresResponse(String period, String funnel, Map<String, BigDecimal> values) {

    static MeasuresResponse of(PeriodMeasures measures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        measures.values().forEach((key, value) -> values.put(key.value(), value.amount()));
        return new MeasuresResponse(
                measures.period().format(), measures.funnel().value(), values);
    }
}
