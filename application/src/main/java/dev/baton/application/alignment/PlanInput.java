package dev.baton.application.alignment;

import dev.baton.application.target.ThresholdInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole plan sent to be evaluated, exactly as the client wrote it: teams by key, funnels whose stages name their
 * team's key, targets (without a period they take the plan's) and the period's actuals by measure or metric key.
 */
public record PlanInput(
        String period,
        List<TeamInput> teams,
        List<FunnelInput> funnels,
        List<TargetInput> targets,
        Map<String, BigDecimal> actuals) {

    public record TeamInput(String key, String name, String kind) {}

    public record FunnelInput(String name, List<StageInput> stages) {}

    public record StageInput(String key, String name, String team) {}

    public record TargetInput(
            String team, String metric, String scopeFrom, String scopeTo, String period, ThresholdInput threshold) {}
}
