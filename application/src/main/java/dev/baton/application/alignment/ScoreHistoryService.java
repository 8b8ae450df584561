package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The stored plan's alignment score for each of the last few periods, each judged as its own report is. */
@ApplicationScoped
public class ScoreHistoryService implements GetScoreHistoryUseCase {

    private final StoredPlans plans;
    private final MetricCatalogProvider catalogs;
    private final AccessPolicy access;

    @Inject
    public ScoreHistoryService(StoredPlans plans, MetricCatalogProvider catalogs, AccessPolicy access) {
        this.plans = plans;
        this.catalogs = catalogs;
        this.access = access;
    }

    @Override
    @Transactional
    public ScoreHistory history(ScoreHistoryQuery query) {
        access.requireReader();
        Deque<ScoreHistory.Point> points = new ArrayDeque<>();
        Optional<Period> period = Optional.of(query.period());
        while (period.isPresent() && points.size() < query.count()) {
            Period p = period.get();
            AlignmentReport report = plans.planOf(p).outcome().report();
            int covered =
                    (int) report.handoffs().stream().filter(h -> h.covered()).count();
            points.addFirst(new ScoreHistory.Point(
                    p, report.score(), covered, report.handoffs().size(), report.violations()));
            period = p.preceding();
        }
        return new ScoreHistory(List.copyOf(points));
    }
}
