package dev.baton.application.fakes;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Targets kept in memory, keeping the PostgreSQL adapter's contract: versions checked on update and removal, one target
 * per team, metric, scope and period, lists ordered by period, team and metric and paged.
 */
public final class InMemoryTargets implements TargetRepository {

    private static final Comparator<KpiTarget> ORDER = Comparator.comparing(
                    (KpiTarget t) -> t.period().format())
            .thenComparing(t -> t.team().value())
            .thenComparing(t -> t.metric().value())
            .thenComparing(t -> t.id().value().toString());

    private final VersionedRows<KpiTargetId, KpiTarget> targets = new VersionedRows<>(
            "target",
            KpiTarget::id,
            KpiTarget::version,
            (t, v) -> new KpiTarget(
                    t.id(), t.team(), t.metric(), t.scope(), t.period(), t.threshold(), t.owner(), t.rationale(), v));

    @Override
    public KpiTarget add(KpiTarget target) {
        slotFree(target);
        return targets.add(target);
    }

    @Override
    public KpiTarget update(KpiTarget target) {
        slotFree(target);
        return targets.update(target);
    }

    private void slotFree(KpiTarget target) {
        if (slotTaken(target.team(), target.metric(), target.scope(), target.period(), Optional.of(target.id()))) {
            throw Clashes.taken("metric");
        }
    }

    @Override
    public void remove(KpiTarget target) {
        targets.remove(target);
    }

    @Override
    public Optional<KpiTarget> findById(KpiTargetId id) {
        return targets.find(id);
    }

    @Override
    public Page<KpiTarget> list(
            Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
        return Pages.of(
                targets.all().stream()
                        .filter(t -> team.map(t.team()::equals).orElse(true))
                        .filter(t -> period.map(t.period()::equals).orElse(true))
                        .filter(t -> metric.map(t.metric()::equals).orElse(true))
                        .sorted(ORDER)
                        .toList(),
                page);
    }

    @Override
    public List<KpiTarget> inPeriods(Collection<Period> periods) {
        return targets.all().stream()
                .filter(t -> periods.contains(t.period()))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public List<KpiTarget> of(TeamId team, Period period) {
        return targets.all().stream()
                .filter(t -> t.team().equals(team) && t.period().equals(period))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public boolean slotTaken(
            TeamId team, MetricKey metric, Optional<StageScope> scope, Period period, Optional<KpiTargetId> except) {
        return targets.all().stream()
                .filter(t -> except.map(id -> !id.equals(t.id())).orElse(true))
                .anyMatch(t -> t.team().equals(team)
                        && t.metric().equals(metric)
                        && t.scope().equals(scope)
                        && t.period().equals(period));
    }
}
