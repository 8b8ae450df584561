package dev.baton.application.target;

import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import java.util.Objects;
import java.util.Optional;

/** Change a target's metric, period, threshold, owner or rationale, against the version the editor loaded. */
public record ChangeKpiTargetCommand(
        KpiTargetId id,
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Threshold threshold,
        PersonId owner,
        Optional<String> rationale,
        long version) {

    public ChangeKpiTargetCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rationale, "rationale");
    }

    public static ChangeKpiTargetCommand of(String id, TargetInput in, Long version) {
        KpiTargetId targetId = TargetFields.id(id).orElseThrow(() -> new NotFoundException("target", id));
        Validation v = new Validation();
        MetricKey metric = TargetFields.metric(v, "metric", in.metric());
        Optional<StageScope> scope = TargetFields.scope(v, "scope", in.scopeFrom(), in.scopeTo());
        Period period = TargetFields.period(v, "period", in.period());
        Threshold threshold = TargetFields.threshold(v, "threshold", in.threshold());
        PersonId owner = TargetFields.owner(v, "ownerId", in.ownerId());
        Optional<String> rationale = TargetFields.rationale(v, "rationale", in.rationale());
        long expected = TargetFields.version(v, version);
        v.throwIfInvalid();
        return new ChangeKpiTargetCommand(targetId, metric, scope, period, threshold, owner, rationale, expected);
    }
}
