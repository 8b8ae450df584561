package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.target.KpiTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The two reads of targets: a filtered page, or one. */
@ApplicationScoped
public class TargetQueryService implements ListTargetsUseCase, GetTargetUseCase {

    private final TargetRepository targets;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public TargetQueryService(TargetRepository targets, MetricCatalogProvider catalogs, AccessPolicy access) {
        this.targets = targets;
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public Page<TargetDetails> list(ListTargetsQuery query) {
        access.requireReader();
        MetricCatalog catalog = catalogs.current();
        return targets.list(query.team(), query.period(), query.metric(), query.page())
                .map(t -> details(catalog, t));
    }

    @Override
    @Transactional
    public TargetDetails get(String id) {
        access.requireReader();
        KpiTarget target =
                TargetFields.id(id).flatMap(targets::findById).orElseThrow(() -> new NotFoundException("target", id));
        return details(catalogs.current(), target);
    }

    static TargetDetails details(MetricCatalog catalog, KpiTarget target) {
        return new TargetDetails(
                target, catalog.find(target.metric()).map(target::runsAgainst).orElse(false));
    }
}
