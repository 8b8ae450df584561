package dev.baton.application.metric;

import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.domain.metric.catalog.OrganisationMetricCatalog;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.metric.formula.InvalidCustomMetricException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's catalog as it stands: the built-in metrics plus every stored custom metric, so that custom
 * metrics behave like built-in ones wherever a feature asks for the catalog. Nothing is cached; every call reads the
 * store, so all instances behind a load balancer see the same catalog.
 */
@ApplicationScoped
public class MetricCatalogProvider {

    private final CustomMetricRepository customMetrics;

    @Inject
    public MetricCatalogProvider(CustomMetricRepository customMetrics) {
        this.customMetrics = customMetrics;
    }

    public OrganisationMetricCatalog current() {
        return assemble(customMetrics.findAll());
    }

    /**
     * Adds custom metrics once everything their formulas read is in the catalog, so the stored order does not matter:
     * a metric may read another custom metric defined before it. A stored metric that can never join (its formula no
     * longer resolves) is an inconsistency of the store, not of the caller's request.
     */
    static OrganisationMetricCatalog assemble(List<CustomMetric> stored) {
        OrganisationMetricCatalog catalog = OrganisationMetricCatalog.withCustom(List.of());
        List<CustomMetric> pending = new ArrayList<>(stored);
        while (!pending.isEmpty()) {
            List<CustomMetric> waiting = new ArrayList<>();
            for (CustomMetric metric : pending) {
                try {
                    catalog = catalog.with(metric.toDefinition(catalog));
                } catch (InvalidCustomMetricException notYet) {
                    waiting.add(metric);
                }
            }
            if (waiting.size() == pending.size()) {
                throw new IllegalStateException("stored custom metrics cannot join the catalog: "
                        + waiting.stream().map(m -> m.key().value()).toList());
            }
            pending = waiting;
        }
        return catalog;
    }
}
