package dev.baton.domain.metric;

import java.util.Collection;
import java.util.Optional;

/** Every metric and measure Baton knows, built-in and user-defined. */
public interface MetricCatalog {

    Optional<MetricDefinition> find(MetricKey key);

    Collection<MetricDefinition> all();

    default boolean contains(MetricKey key) {
        return find(key).isPresent();
    }
}
