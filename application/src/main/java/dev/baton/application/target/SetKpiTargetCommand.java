package dev.baton.application.target;

import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Set a new KPI target for a team. A target without a number, a period or an owner is refused naming each. */
public record SetKpiTargetCommand(
        TeamId team,
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Threshold threshold,
        PersonId owner,
        Optional<String> rationale) {

    public SetKpiTargetCommand {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rationale, "rationale");
    }

    public static SetKpiTargetCommand of(TargetInput in) {
        Validation v = new Validation();
        TeamId team = TargetFields.team(v, "team", in.team());
        MetricKey metric = TargetFields.metric(v, "metric", in.metric());
        Optional<StageScope> scope = TargetFields.scope(v, "scope", in.scopeFrom(), in.scopeTo());
        Period period = TargetFields.period(v, "period", in.period());
        Threshold threshold = TargetFields.threshold(v, "threshold", in.threshold());
        PersonId owner = TargetFields.owner(v, "ownerId", in.ownerId());
        Optional<String> rationale = TargetFields.rationale(v, "rationale", in.rationale());
        v.throwIfInvalid();
        return new SetKpiTargetCommand(team, metric, scope, period, threshold, owner, rationale);
    }
}
