package dev.baton.application.target.port;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** KPI targets as they are stored. */
public interface TargetRepository {

    KpiTarget add(KpiTarget target);

    /**
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    KpiTarget update(KpiTarget target);

    /**
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    void remove(KpiTarget target);

    Optional<KpiTarget> findById(KpiTargetId id);

    /** Targets by team, period and metric (each optional), ordered by period, team and metric. */
    Page<KpiTarget> list(Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page);

    /** Every target set for one of these periods. */
    List<KpiTarget> inPeriods(Collection<Period> periods);

    /** A team's targets for one period. */
    List<KpiTarget> of(TeamId team, Period period);

    /** Whether the team already holds a target on this metric (and scope) for the period, other than {@code except}. */
    boolean slotTaken(
            TeamId team, MetricKey metric, Optional<StageScope> scope, Period period, Optional<KpiTargetId> except);
}
