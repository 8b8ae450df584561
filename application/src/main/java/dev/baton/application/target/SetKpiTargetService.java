package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SetKpiTargetService implements SetKpiTargetUseCase {

    private final AccessPolicy access;
    private final TargetRepository targets;
    private final TargetChecks checks;
    private final MetricCatalogProvider catalogs;
    private final Auditor auditor;

    @Inject
    public SetKpiTargetService(
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
    public TargetDetails set(SetKpiTargetCommand command) {
        access.requireTeamEditor(command.team());
        MetricCatalog catalog = catalogs.current();
        checks.check(catalog, command.team(), command.metric(), command.scope(), command.owner());
        if (targets.slotTaken(command.team(), command.metric(), command.scope(), command.period(), Optional.empty())) {
            throw Slots.taken(command.metric().value(), command.period().format());
        }
        KpiTarget target = targets.add(new KpiTarget(
                KpiTargetId.newId(),
                command.team(),
                command.metric(),
                command.scope(),
                command.period(),
                command.threshold(),
                command.owner(),
                command.rationale(),
                0));
        auditor.record("target", target.id(), "set", Map.of(), TargetSnapshot.of(target), Optional.of(target.team()));
        return new TargetDetails(
                target, target.runsAgainst(catalog.find(target.metric()).orElseThrow()));
    }

    /** The refusal when a team already holds the metric for the period. */
    static final class Slots {
        private Slots() {}

        static AlreadyExistsException taken(String metric, String period) {
            return AlreadyExistsException.of(
                    "metric", "field.TEAM_ALREADY_HOLDS_TARGET", String.valueOf(metric), String.valueOf(period));
        }
    }
}
