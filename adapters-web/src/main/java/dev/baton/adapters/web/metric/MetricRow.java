package dev.baton.adapters.web.metric;

import dev.baton.application.metric.MetricDetails;
import dev.baton.domain.metric.MetricDefinition;
import java.util.Locale;

/** A catalog entry as one row of the catalog page, in the reader's language. */
public record MetricRow(
        String key, String name, String formula, String unit, String direction, boolean builtIn, boolean measure) {

    static MetricRow of(MetricDetails details, Locale locale) {
        MetricDefinition definition = details.definition();
        return new MetricRow(
                definition.key().value(),
                definition.name().in(locale),
                details.formula().orElse(""),
                definition.unit().name(),
                definition.direction().name(),
                definition.builtIn(),
                definition.isMeasure());
    }
}
