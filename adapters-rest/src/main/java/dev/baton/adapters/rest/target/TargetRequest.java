package dev.baton.adapters.rest.target;

import dev.baton.application.target.TargetInput;
import dev.baton.application.target.ThresholdInput;
import java.math.BigDecimal;

/**
 * A KPI target as a client sends it. {@code scope} names the two stages of a stage-scoped metric; {@code version} is
 * needed for changes only.
 */
public record TargetRequest(
        Long team,
        String metric,
        ScopeRequest scope,
        String period,
        ThresholdRequest threshold,
        Long ownerId,
        String rationale,
        Long version) {

    public record ScopeRequest(String from, String to) {}

    public record ThresholdRequest(String type, BigDecimal value, BigDecimal min, BigDecimal max) {

        public ThresholdInput toInput() {
            return new ThresholdInput(type, value, min, max);
        }
    }

    public TargetInput toInput() {
        return new TargetInput(
                team,
                metric,
                scope == null ? null : scope.from(),
                scope == null ? null : scope.to(),
                period,
                threshold == null ? null : threshold.toInput(),
                ownerId,
                rationale);
    }
}
