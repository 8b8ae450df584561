package dev.baton.application.fakes;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** KPI targets kept in a map, moving the version on each write as the PostgreSQL adapter does. */
public final class InMemoryTargetRepository implements TargetRepository {

    private final Map<KpiTargetId, KpiTarget> targets = new LinkedHashMap<>();

    @Override
    public KpiTarget add(KpiTarget target) {
        targets.put(target.id(), target);
        return target;
    }

    @Override
    public KpiTarget update(KpiTarget target) {
        stored(target);
        KpiTarget next = new KpiTarget(
                target.id(),
                target.team(),
                target.metric(),
                target.scope(),
                target.period(),
                target.threshold(),
                target.owner(),
                target.rationale(),
                target.version() + 1);
        targets.put(next.id(), next);
        return next;
    }

    @Override
    public void remove(KpiTarget target) {
        stored(target);
        targets.remove(target.id());
    }

    private void stored(KpiTarget target) {
        KpiTarget stored = targets.get(target.id());
        if (stored == null) {
            throw new NotFoundException("target", target.id());
        }
        if (stored.version() != target.version()) {
            throw new ConcurrentEditException("target", target.id());
        }
    }

    @Override
    public Optional<KpiTarget> findById(KpiTargetId id) {
        return Optional.ofNullable(targets.get(id));
    }

    @Override
    public Page<KpiTarget> list(
            Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
        List<KpiTarget> items = targets.values().stream()
                .filter(t -> team.map(t.team()::equals).orElse(true))
                .filter(t -> period.map(t.period()::equals).orElse(true))
                .filter(t -> metric.map(t.metric()::equals).orElse(true))
                .toList();
        return new Page<>(items, page.page(), page.size(), items.size());
    }

    @Override
    public List<KpiTarget> inPeriods(Collection<Period> periods) {
        return targets.values().stream()
                .filter(t -> periods.contains(t.period()))
                .toList();
    }

    @Override
    public List<KpiTarget> of(TeamId team, Period period) {
        return targets.values().stream()
                .filter(t -> t.team().equals(team) && t.period().equals(period))
                .toList();
    }

    @Override
    public boolean slotTaken(
            TeamId team, MetricKey metric, Optional<StageScope> scope, Period period, Optional<KpiTargetId> except) {
        return of(team, period).stream()
                .filter(t -> except.map(id -> !id.equals(t.id())).orElse(true))
                .anyMatch(t -> t.metric().equals(metric) && t.scope().equals(scope));
    }
}
