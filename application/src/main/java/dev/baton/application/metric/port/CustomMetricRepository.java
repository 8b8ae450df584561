package dev.baton.application.metric.port;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.CustomMetric;
import java.util.List;
import java.util.Optional;

/** The metrics an organisation defined itself, stored as entered: the formula stays text. */
public interface CustomMetricRepository {

    /**
     * Stores a new custom metric.
     *
     * @throws dev.baton.application.shared.InvalidInputException on field {@code key} when the key was taken in the
     *     meantime
     */
    CustomMetric add(CustomMetric metric);

    /** Every stored custom metric, oldest first. */
    List<CustomMetric> findAll();

    Optional<CustomMetric> findByKey(MetricKey key);
}
