package dev.baton.adapters.rest.target;

import dev.baton.application.target.TargetDetails;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;

public record TargetResponse(
        String id,
        long team,
        String metric,
        ScopeResponse scope,
        String period,
        ThresholdResponse threshold,
        long ownerId,
        String rationale,
        boolean runsAgainstDirection,
        long version) {

    public record ScopeResponse(String from, String to) {}

    /** {@code value} for AT_LEAST and AT_MOST, {@code min} and {@code max} for BETWEEN. */
    public record ThresholdResponse(String type, BigDecimal value, BigDecimal min, BigDecimal max) {}

    public static TargetResponse of(TargetDetails details) {
        KpiTarget target = details.target();
        var threshold = target.threshold();
        ThresholdResponse bar =
                switch (threshold.comparison()) {
                    case AT_LEAST ->
                        new ThresholdResponse("AT_LEAST", threshold.lower().orElseThrow(), null, null);
                    case AT_MOST ->
                        new ThresholdResponse("AT_MOST", threshold.upper().orElseThrow(), null, null);
                    case BETWEEN ->
                        new ThresholdResponse(
                                "BETWEEN",
                                null,
                                threshold.lower().orElseThrow(),
                                threshold.upper().orElseThrow());
                };
        return new TargetResponse(
                target.id().toString(),
                target.team().value(),
                target.metric().value(),
                target.scope().map(s -> new ScopeResponse(s.from(), s.to())).orElse(null),
                target.period().format(),
                bar,
                target.owner().value(),
                target.rationale().orElse(null),
                details.runsAgainstDirection(),
                target.version());
    }
}
