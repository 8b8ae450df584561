package dev.baton.adapters.rest.metric;

import dev.baton.application.metric.MetricDetails;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.List;

/**
 * A catalog entry. {@code formula} is null for a measure (a number recorded as it is); {@code example} is null where
 * the design gives no worked example. {@code rollUp} says how a measure makes a quarter from its months and a year
 * from its quarters (SUM, FIRST, LAST, MEAN or NONE); it is null for a computed metric, which is computed from its
 * rolled-up measures instead.
 */
public record MetricResponse(
        String key,
        Texts name,
        Texts description,
        String unit,
        String direction,
        String category,
        String formula,
        List<String> inputs,
        boolean measure,
        boolean stageScoped,
        boolean builtIn,
        ExampleResponse example,
        String rollUp) {

    static MetricResponse of(MetricDetails details) {
        MetricDefinition definition = details.definition();
        return new MetricResponse(
                definition.key().value(),
                Texts.of(definition.name()),
                Texts.of(definition.description()),
                definition.unit().name(),
                definition.direction().name(),
                definition.category().name(),
                details.formula().orElse(null),
                details.inputs().stream().map(MetricKey::value).toList(),
                definition.isMeasure(),
                definition.stageScoped(),
                definition.builtIn(),
                details.example().map(ExampleResponse::of).orElse(null),
                definition.isMeasure() ? definition.rollUp().name() : null);
    }
}
