package dev.baton.adapters.web.metric;

import dev.baton.application.metric.MetricDetails;
import dev.baton.domain.metric.MetricDefinition;
import java.util.List;
import java.util.Locale;

/** One metric's definition, in the reader's language. */
public record MetricView(
        String key,
        String name,
        String description,
        String formula,
        String unit,
        String direction,
        String category,
        boolean builtIn,
        boolean measure,
        boolean stageScoped,
        List<String> inputs,
        String rollUp) {

    static MetricView of(MetricDetails details, Locale locale) {
        MetricDefinition definition = details.definition();
        return new MetricView(
                definition.key().value(),
                definition.name().in(locale),
                definition.description().in(locale),
                details.formula().orElse(""),
                definition.unit().name(),
                definition.direction().name(),
                definition.category().name(),
                definition.builtIn(),
                definition.isMeasure(),
                definition.stageScoped(),
                details.inputs().stream().map(Object::toString).toList(),
                definition.rollUp().name());
    }
}
