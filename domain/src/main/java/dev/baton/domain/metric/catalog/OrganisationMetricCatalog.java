package dev.baton.domain.metric.catalog;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The built-in catalog plus an organisation's own metrics. Built-in entries cannot be shadowed. */
public final class OrganisationMetricCatalog implements MetricCatalog {

    private final MetricCatalog builtIn;
    private final Map<MetricKey, MetricDefinition> custom;

    public OrganisationMetricCatalog(MetricCatalog builtIn, Collection<MetricDefinition> custom) {
        this.builtIn = Objects.requireNonNull(builtIn, "builtIn");
        Map<MetricKey, MetricDefinition> byKey = new LinkedHashMap<>();
        for (MetricDefinition definition : custom) {
            if (definition.builtIn() || builtIn.contains(definition.key())) {
                throw new IllegalArgumentException(
                        definition.key() + " is built in; an organisation's metric cannot replace it");
            }
            if (byKey.put(definition.key(), definition) != null) {
                throw new IllegalArgumentException(definition.key() + " is defined twice");
            }
        }
        this.custom = Collections.unmodifiableMap(byKey);
    }

    public static OrganisationMetricCatalog withCustom(Collection<MetricDefinition> custom) {
        return new OrganisationMetricCatalog(BuiltInMetricCatalog.instance(), custom);
    }

    /** This catalog with one user-defined metric added, or replaced if it has the same key. */
    public OrganisationMetricCatalog with(MetricDefinition definition) {
        Map<MetricKey, MetricDefinition> next = new LinkedHashMap<>(custom);
        next.put(definition.key(), definition);
        return new OrganisationMetricCatalog(builtIn, next.values());
    }

    @Override
    public Optional<MetricDefinition> find(MetricKey key) {
        Optional<MetricDefinition> known = builtIn.find(key);
        return known.isPresent() ? known : Optional.ofNullable(custom.get(key));
    }

    @Override
    public Collection<MetricDefinition> all() {
        List<MetricDefinition> all = new ArrayList<>(builtIn.all());
        all.addAll(custom.values());
        return List.copyOf(all);
    }
}
