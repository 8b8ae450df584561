package dev.baton.application.alignment;

import dev.baton.application.funnel.FunnelRepository;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.measure.MeasureLedger;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.TargetRepository;
import dev.baton.application.team.TeamRepository;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.TensionCatalog;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles the plan of a period from what is stored: the active teams, every funnel, the targets of the period and
 * of its enclosing periods, and the period's recorded measures as its actuals (see {@link PeriodActuals}).
 */
@ApplicationScoped
public class StoredPlans {

    private final TeamRepository teams;
    private final FunnelRepository funnels;
    private final TargetRepository targets;
    private final MeasureLedger ledger;

    @Inject
    public StoredPlans(TeamRepository teams, FunnelRepository funnels, TargetRepository targets, MeasureLedger ledger) {
        this.teams = teams;
        this.funnels = funnels;
        this.targets = targets;
        this.ledger = ledger;
    }

    /** The period's recorded measures, organisation-wide values first, funnel values summed where there is none. */
    public Map<MetricKey, BigDecimal> actuals(Period period) {
        return PeriodActuals.byPeriod(ledger.read(List.of(period), Optional.<FunnelRef>empty()))
                .getOrDefault(period, Map.of());
    }

    public List<KpiTarget> targets(Period period) {
        return targets.inPeriods(period.withEnclosing());
    }

    public List<PlanTeam> teams() {
        List<PlanTeam> all = new ArrayList<>();
        int page = 0;
        Page<Team> slice;
        do {
            slice = teams.list(Optional.empty(), false, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (Team team : slice.items()) {
                all.add(new PlanTeam(
                        team.id(),
                        team.name().value(),
                        PlanTeam.Kind.valueOf(team.kind().name())));
            }
        } while (slice.hasNext());
        return all;
    }

    public AlignmentPlan plan(
            Period period,
            List<PlanTeam> planTeams,
            List<KpiTarget> planTargets,
            Map<MetricKey, BigDecimal> actuals,
            MetricCatalog catalog) {
        return new AlignmentPlan(
                period,
                planTeams,
                funnels.findAll().stream().map(StoredFunnel::funnel).toList(),
                planTargets,
                actuals,
                catalog,
                TensionCatalog.defaults());
    }
}
