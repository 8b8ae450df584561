package dev.baton.application.metric;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.NoValueReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a metric from what the caller typed. What the caller can fix (a negative or unknown measure, a missing
 * input, a missing pair of stages) is refused with the field to fix; what the numbers themselves say (a division by
 * zero, a result out of range) is a result without a value.
 */
@ApplicationScoped
public class EvaluateMetricService implements EvaluateMetricUseCase {

    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public EvaluateMetricService(MetricCatalogProvider catalogs, AccessPolicy access) {
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public MetricEvaluation evaluate(EvaluateMetricCommand command) {
        access.requireReader();
        MetricCatalog catalog = catalogs.current();
        MetricDefinition definition =
                catalog.find(command.metric()).orElseThrow(() -> new NotFoundException("metric", command.metric()));
        MetricEvaluator evaluator = new MetricEvaluator(catalog);
        refuseUnusableInputs(catalog, evaluator, command);

        MetricValue value = evaluator.evaluate(command.metric(), command.scope(), command.measures());
        if (value instanceof MetricValue.Unavailable unavailable) {
            refuseWhatTheCallerCanFix(command.metric(), unavailable.reason());
        }
        return new MetricEvaluation(definition, value);
    }

    private static void refuseUnusableInputs(
            MetricCatalog catalog, MetricEvaluator evaluator, EvaluateMetricCommand command) {
        List<FieldError> errors = new ArrayList<>();
        for (MetricKey key : command.measures().keySet()) {
            if (!catalog.contains(key)) {
                errors.add(FieldError.of("measures." + key, "field.CATALOG_NO_MEASURE_METRIC", String.valueOf(key)));
            }
        }
        evaluator.negativeMeasuresIn(command.measures()).ifPresent(negative -> negative.measures()
                .keySet()
                .forEach(key -> errors.add(
                        FieldError.of("measures." + key, "field.COUNT_AMOUNT_CANNOT_NEGATIVE", String.valueOf(key)))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void refuseWhatTheCallerCanFix(MetricKey metric, NoValueReason reason) {
        if (reason instanceof NoValueReason.MissingInputs missing) {
            throw new InvalidInputException(missing.measures().stream()
                    .map(key -> FieldError.of(
                            "measures." + key,
                            "field.VALUE_NEEDED_COMPUTE",
                            String.valueOf(key),
                            String.valueOf(metric)))
                    .toList());
        }
        if (reason instanceof NoValueReason.ScopeRequired) {
            throw InvalidInputException.of("scope", "field.EVALUATE_NEEDS_SCOPE", String.valueOf(metric));
        }
        if (reason instanceof NoValueReason.UnknownMetric unknown) {
            throw new NotFoundException("metric", unknown.metric());
        }
    }
}
