package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.metric.MetricCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AlignmentReportService implements GetAlignmentReportUseCase {

    private final StoredPlans plans;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public AlignmentReportService(StoredPlans plans, MetricCatalogProvider catalogs, AccessPolicy access) {
        this.plans = plans;
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public AlignmentOutcome report(AlignmentQuery query) {
        access.requireReader();
        List<PlanTeam> teams = plans.teams();
        MetricCatalog catalog = catalogs.current();
        var plan = plans.plan(
                query.period(),
                teams,
                plans.funnels(),
                plans.targets(query.period()),
                plans.actuals(query.period(), catalog),
                catalog);
        return new AlignmentOutcome(new AlignmentEngine().run(plan), teams, Map.of());
    }
}
