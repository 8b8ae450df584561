package dev.baton.application.metric;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.formula.FormulaPrinter;
import dev.baton.domain.shared.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** The two reads of the catalog: every entry, or one with its worked example. */
@ApplicationScoped
public class MetricQueryService implements ListMetricsUseCase, GetMetricUseCase {

    /** Stands in for the two stages when a stage-scoped metric's formula is written out. */
    private static final StageScope PATTERN = new StageScope("from", "to");

    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public MetricQueryService(MetricCatalogProvider catalogs, AccessPolicy access) {
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public List<MetricDetails> list(ListMetricsQuery query) {
        access.requireReader();
        MetricCatalog catalog = catalogs.current();
        return catalog.all().stream()
                .filter(definition ->
                        query.category().map(c -> c == definition.category()).orElse(true))
                .map(definition -> details(definition, catalog))
                .toList();
    }

    @Override
    @Transactional
    public MetricDetails get(MetricKey key) {
        access.requireReader();
        MetricCatalog catalog = catalogs.current();
        MetricDefinition definition = catalog.find(key).orElseThrow(() -> new NotFoundException("metric", key));
        return details(definition, catalog);
    }

    static MetricDetails details(MetricDefinition definition, MetricCatalog catalog) {
        Optional<String> formula = definition.stageScoped()
                ? definition.formulaFor(Optional.of(PATTERN)).map(FormulaPrinter::print)
                : definition.formula().map(FormulaPrinter::print);
        SortedSet<MetricKey> inputs = new MetricEvaluator(catalog).inputsNeeded(definition.key());
        Optional<WorkedExample> example = WorkedExamples.of(definition.key());
        Set<MetricKey> named = new HashSet<>(inputs);
        example.ifPresent(worked -> named.addAll(worked.inputs().keySet()));
        Map<MetricKey, LocalizedText> names = new HashMap<>();
        for (MetricKey key : named) {
            catalog.find(key).ifPresent(found -> names.put(key, found.name()));
        }
        return new MetricDetails(definition, formula, inputs, example, names);
    }
}
