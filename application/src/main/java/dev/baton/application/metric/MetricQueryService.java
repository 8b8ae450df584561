package dev.baton.application.metric;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.formula.FormulaPrinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

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
        MetricEvaluator evaluator = new MetricEvaluator(catalog);
        return catalog.all().stream()
                .filter(definition ->
                        query.category().map(c -> c == definition.category()).orElse(true))
                .map(definition -> details(definition, evaluator))
                .toList();
    }

    @Override
    @Transactional
    public MetricDetails get(MetricKey key) {
        access.requireReader();
        MetricCatalog catalog = catalogs.current();
        MetricDefinition definition = catalog.find(key).orElseThrow(() -> new NotFoundException("metric", key));
        return details(definition, new MetricEvaluator(catalog));
    }

    static MetricDetails details(MetricDefinition definition, MetricEvaluator evaluator) {
        Optional<String> formula = definition.stageScoped()
                ? definition.formulaFor(Optional.of(PATTERN)).map(FormulaPrinter::print)
                : definition.formula().map(FormulaPrinter::print);
        return new MetricDetails(
                definition, formula, evaluator.inputsNeeded(definition.key()), WorkedExamples.of(definition.key()));
    }
}
