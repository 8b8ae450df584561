package dev.baton.domain.target;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI target: a team commits to a metric (between two stages, for stage-scoped metrics) reaching a threshold in a
 * period, with one accountable owner. Immutable: the {@code with…} methods return a changed copy. {@code version}
 * guards concurrent edits (optimistic locking); the store moves it on.
 *
 * <p>A target without a number (threshold), a period or an owner is not a target: it is refused with a message naming
 * everything that is missing.
 */
public record KpiTarget(
        KpiTargetId id,
        TeamId team,
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Threshold threshold,
        PersonId owner,
        Optional<String> rationale,
        long version) {

    public KpiTarget {
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("an id");
        }
        if (team == null) {
            missing.add("a team");
        }
        if (metric == null) {
            missing.add("a metric");
        }
        if (threshold == null) {
            missing.add("a threshold (the number to reach)");
        }
        if (period == null) {
            missing.add("a period (such as 2026-09, 2026-Q3 or 2026)");
        }
        if (owner == null) {
            missing.add("an accountable owner");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a KPI target needs " + String.join(", ", missing));
        }
        scope = scope == null ? Optional.empty() : scope;
        rationale = rationale == null
                ? Optional.empty()
                : rationale.map(String::strip).filter(r -> !r.isEmpty());
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
    }

    /**
     * Checks this target against its metric's definition: a stage-scoped metric needs its two stages, any other
     * metric takes none.
     *
     * @return this target
     * @throws IllegalArgumentException when the scope does not fit the metric
     */
    public KpiTarget checkedAgainst(MetricDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (!definition.key().equals(metric)) {
            throw new IllegalArgumentException(
                    "the definition of " + definition.key() + " does not belong to a target on " + metric);
        }
        if (definition.stageScoped() && scope.isEmpty()) {
            throw new IllegalArgumentException(metric + " is measured between two funnel stages: name them (from, to)");
        }
        if (!definition.stageScoped() && scope.isPresent()) {
            throw new IllegalArgumentException(metric + " is not measured between stages: leave the stages out");
        }
        return this;
    }

    /** Whether the threshold runs against the metric's good direction (allowed, flagged in the form). */
    public boolean runsAgainst(MetricDefinition definition) {
        return threshold.against(definition.direction());
    }

    public KpiTarget withThreshold(Threshold newThreshold) {
        return new KpiTarget(id, team, metric, scope, period, newThreshold, owner, rationale, version);
    }

    public KpiTarget withPeriod(Period newPeriod) {
        return new KpiTarget(id, team, metric, scope, newPeriod, threshold, owner, rationale, version);
    }

    public KpiTarget withOwner(PersonId newOwner) {
        return new KpiTarget(id, team, metric, scope, period, threshold, newOwner, rationale, version);
    }

    public KpiTarget withTeam(TeamId newTeam) {
        return new KpiTarget(id, newTeam, metric, scope, period, threshold, owner, rationale, version);
    }

    public KpiTarget withMetric(MetricKey newMetric, Optional<StageScope> newScope) {
        return new KpiTarget(id, team, newMetric, newScope, period, threshold, owner, rationale, version);
    }

    public KpiTarget withRationale(String newRationale) {
        return new KpiTarget(
                id, team, metric, scope, period, threshold, owner, Optional.ofNullable(newRationale), version);
    }

    public KpiTarget withVersion(long newVersion) {
        return new KpiTarget(id, team, metric, scope, period, threshold, owner, rationale, newVersion);
    }
}
