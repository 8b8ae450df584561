package dev.baton.application.alignment;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.measure.RolledUpMeasures;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A period's plan as {@link StoredPlans#planOf} assembled it, with the stored funnels it was made of and the measures
 * read for it, so a caller that shows more than the engine's report reads nothing twice.
 */
public record StoredPlan(AlignmentPlan plan, List<StoredFunnel> funnels, Map<Period, RolledUpMeasures> measures) {

    public StoredPlan {
        Objects.requireNonNull(plan, "plan");
        funnels = List.copyOf(funnels);
        measures = Map.copyOf(measures);
    }

    public Period period() {
        return plan.period();
    }

    public List<PlanTeam> teams() {
        return plan.teams();
    }

    /** The targets in force in the period: its own and its enclosing periods'. */
    public List<KpiTarget> targets() {
        return plan.targets();
    }

    public MetricCatalog catalog() {
        return plan.catalog();
    }

    /** The same plan with other targets in force, for a what-if. */
    public StoredPlan withTargets(List<KpiTarget> targets) {
        return new StoredPlan(
                new AlignmentPlan(
                        plan.period(),
                        plan.teams(),
                        plan.funnels(),
                        targets,
                        plan.actuals(),
                        plan.catalog(),
                        plan.tensions()),
                funnels,
                measures);
    }

    /** The engine's report on the plan, with the teams it speaks of. */
    public AlignmentOutcome outcome() {
        return new AlignmentOutcome(new AlignmentEngine().run(plan), plan.teams(), Map.of());
    }
}
