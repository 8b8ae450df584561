package dev.baton.adapters.rest.alignment;

import dev.baton.adapters.rest.target.TargetRequest;
import dev.baton.application.alignment.PlanInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole plan to evaluate, in the contract's JSON shape. */
public record PlanRequest(
        String period,
        List<TeamRequest> teams,
        List<FunnelRequest> funnels,
        List<PlanTargetRequest> targets,
        Map<String, BigDecimal> actuals) {

    @Schema(name = "PlanTeam")
    public record TeamRequest(String key, String name, String kind) {}

    @Schema(name = "PlanFunnel")
    public record FunnelRequest(String name, List<StageRequest> stages) {}

    @Schema(name = "PlanStage")
    public record StageRequest(String key, String name, String team) {}

    public record PlanTargetRequest(
            String team,
            String metric,
            TargetRequest.ScopeRequest scope,
            String period,
            TargetRequest.ThresholdRequest threshold) {}

    PlanInput toInput() {
        return new PlanInput(
                period,
                teams == null
                        ? null
                        : teams.stream()
                                .map(t -> t == null ? null : new PlanInput.TeamInput(t.key(), t.name(), t.kind()))
                                .toList(),
                funnels == null
                        ? null
                        : funnels.stream()
                                .map(f -> f == null
                                        ? null
                                        : new PlanInput.FunnelInput(
                                                f.name(),
                                                f.stages() == null
                                                        ? null
                                                        : f.stages().stream()
                                                                .map(s -> s == null
                                                                        ? null
                                                                        : new PlanInput.StageInput(
                                                                                s.key(), s.name(), s.team()))
                                                                .toList()))
                                .toList(),
                targets == null
                        ? null
                        : targets.stream()
                                .map(t -> t == null
                                        ? null
                                        : new PlanInput.TargetInput(
                                                t.team(),
                                                t.metric(),
                                                t.scope() == null
                                                        ? null
                                                        : t.scope().from(),
                                                t.scope() == null
                                                        ? null
                                                        : t.scope().to(),
                                                t.period(),
                                                t.threshold() == null
                                                        ? null
                                                        : t.threshold().toInput()))
                                .toList(),
                actuals);
    }
}
