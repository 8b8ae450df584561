package dev.baton.adapters.persistence.target;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.Optional;

final class KpiTargetMapper {

    private KpiTargetMapper() {}

    static KpiTarget toDomain(KpiTargetJpaEntity entity) {
        Comparison comparison = Comparison.valueOf(entity.comparison);
        Threshold threshold = comparison == Comparison.AT_MOST
                ? Threshold.atMost(entity.maxValue)
                : Threshold.of(comparison, entity.minValue, entity.maxValue);
        Optional<StageScope> scope = entity.scopeFrom == null
                ? Optional.empty()
                : Optional.of(new StageScope(entity.scopeFrom, entity.scopeTo));
        return new KpiTarget(
                new KpiTargetId(entity.id),
                new TeamId(entity.teamId),
                MetricKey.of(entity.metric),
                scope,
                Period.parse(entity.period),
                threshold,
                new PersonId(entity.ownerId),
                Optional.ofNullable(entity.rationale),
                entity.version);
    }

    static void copy(KpiTarget target, KpiTargetJpaEntity entity) {
        entity.id = target.id().value();
        entity.teamId = target.team().value();
        entity.metric = target.metric().value();
        entity.scopeFrom = target.scope().map(StageScope::from).orElse(null);
        entity.scopeTo = target.scope().map(StageScope::to).orElse(null);
        entity.period = target.period().format();
        entity.comparison = target.threshold().comparison().name();
        entity.minValue = target.threshold().lower().orElse(null);
        entity.maxValue = target.threshold().upper().orElse(null);
        entity.ownerId = target.owner().value();
        entity.rationale = target.rationale().orElse(null);
    }
}
