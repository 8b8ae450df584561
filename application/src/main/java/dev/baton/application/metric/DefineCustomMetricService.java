package dev.baton.application.metric;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.catalog.OrganisationMetricCatalog;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.metric.formula.FormulaProblem;
import dev.baton.domain.metric.formula.InvalidCustomMetricException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins shape the catalog: a new metric joins it only when its formula parses and resolves without a cycle. */
@ApplicationScoped
public class DefineCustomMetricService implements DefineCustomMetricUseCase {

    private final CustomMetricRepository customMetrics;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;
    private final Auditor auditor;

    @Inject
    public DefineCustomMetricService(
            CustomMetricRepository customMetrics,
            MetricCatalogProvider catalogs,
            AccessPolicy access,
            Auditor auditor) {
        this.customMetrics = customMetrics;
        this.catalogs = catalogs;
        this.access = access;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public MetricDetails define(DefineCustomMetricCommand command) {
        access.requireAdmin();
        CustomMetric metric = command.metric();
        OrganisationMetricCatalog catalog = catalogs.current();
        if (catalog.find(metric.key()).map(d -> !d.builtIn()).orElse(false)) {
            throw keyTaken(metric);
        }
        MetricDefinition definition;
        try {
            definition = metric.toDefinition(catalog);
        } catch (InvalidCustomMetricException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(DefineCustomMetricService::toFieldError)
                    .toList());
        }
        customMetrics.add(metric);
        auditor.record("metric", metric.key(), "create", Map.of(), snapshot(metric), Optional.empty());
        return MetricQueryService.details(definition, catalog.with(definition));
    }

    private static AlreadyExistsException keyTaken(CustomMetric metric) {
        return new AlreadyExistsException(
                List.of(FieldError.of("key", "field.CATALOG_ALREADY_METRIC_CHOOSE", String.valueOf(metric.key()))));
    }

    private static FieldError toFieldError(FormulaProblem problem) {
        String field = problem instanceof FormulaProblem.KeyTaken ? "key" : "formula";
        return new FieldError(field, problem.phrase());
    }

    private static Map<String, Object> snapshot(CustomMetric metric) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("key", metric.key().value());
        state.put("nameEn", metric.name().en());
        state.put("nameZhCn", metric.name().zhCn());
        state.put("descriptionEn", metric.description().en());
        state.put("descriptionZhCn", metric.description().zhCn());
        state.put("unit", metric.unit().name());
        state.put("direction", metric.direction().name());
        state.put("category", metric.category().name());
        state.put("formula", metric.formula());
        return state;
    }
}
