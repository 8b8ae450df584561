package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.target.KpiTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class ChangeKpiTargetService implements ChangeKpiTargetUseCase {

    private final AccessPolicy access;
    private final TargetRepository targets;
    private final TargetChecks checks;
    private final MetricCatalogProvider catalogs;
    private final Auditor auditor;

    @Inject
    public ChangeKpiTargetService(
            TargetRepository targets,
            TargetChecks checks,
            MetricCatalogProvider catalogs,
            Auditor auditor,
            AccessPolicy access) {
        this.access = access;
        this.targets = targets;
        this.checks = checks;
        this.catalogs = catalogs;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public TargetDetails change(ChangeKpiTargetCommand command) {
        KpiTarget before =
                targets.findById(command.id()).orElseThrow(() -> new NotFoundException("target", command.id()));
        access.requireTeamEditor(before.team());
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("target", command.id());
        }
        MetricCatalog catalog = catalogs.current();
        checks.check(catalog, before.team(), command.metric(), command.scope(), command.owner());
        if (targets.slotTaken(
                before.team(), command.metric(), command.scope(), command.period(), Optional.of(before.id()))) {
            throw SetKpiTargetService.Slots.taken(
                    command.metric().value(), command.period().format());
        }
        KpiTarget after = targets.update(before.withMetric(command.metric(), command.scope())
                .withPeriod(command.period())
                .withThreshold(command.threshold())
                .withOwner(command.owner())
                .withRationale(command.rationale().orElse(null)));
        auditor.record(
                "target",
                after.id(),
                "change",
                TargetSnapshot.of(before),
                TargetSnapshot.of(after),
                Optional.of(after.team()));
        return new TargetDetails(
                after, after.runsAgainst(catalog.find(after.metric()).orElseThrow()));
    }
}
