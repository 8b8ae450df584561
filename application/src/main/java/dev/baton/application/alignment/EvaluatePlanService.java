package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.alignment.AlignmentEngine;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.TensionCatalog;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan sent whole, refusing it with every bad path named ({@code funnels[0].stages[1].team},
 * {@code targets[3].threshold.min}), and runs the engine over it. Teams get ids 1, 2, … in the order sent; the outcome
 * maps them back to their keys. Metrics come from the built-in catalog: the store is never touched.
 */
@ApplicationScoped
public class EvaluatePlanService implements EvaluatePlanUseCase {

    /** Stands in for the accountable owner a plan sent for evaluation does not name. */
    private static final PersonId NOBODY = new PersonId(1);

    private final AccessPolicy access;

    @Inject
    public EvaluatePlanService(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public AlignmentOutcome evaluate(PlanInput input) {
        access.requireReader();
        MetricCatalog catalog = BuiltInMetricCatalog.instance();
        Validation v = new Validation();
        Period period = TargetFields.period(v, "period", input.period());

        Map<String, TeamId> teamIds = new LinkedHashMap<>();
        Map<TeamId, String> keys = new LinkedHashMap<>();
        List<PlanTeam> teams = new ArrayList<>();
        List<PlanInput.TeamInput> teamInputs = orEmpty(input.teams());
        for (int i = 0; i < teamInputs.size(); i++) {
            PlanInput.TeamInput in = teamInputs.get(i);
            String path = "teams[" + i + "]";
            if (in == null || in.key() == null || in.key().isBlank()) {
                v.add(FieldError.of(path + ".key", "A team needs a key.", "团队需要一个键。"));
                continue;
            }
            String key = in.key().strip();
            if (teamIds.containsKey(key)) {
                v.add(FieldError.of(path + ".key", "The team key '" + key + "' appears twice.", "团队键“" + key + "”重复。"));
                continue;
            }
            DepartmentKind kind = in.kind() == null || in.kind().isBlank()
                    ? DepartmentKind.OTHER
                    : v.enumField(path + ".kind", in.kind(), DepartmentKind.class, "部门类型");
            TeamId id = new TeamId(teams.size() + 1L);
            String name =
                    in.name() == null || in.name().isBlank() ? key : in.name().strip();
            teamIds.put(key, id);
            keys.put(id, key);
            teams.add(new PlanTeam(id, name, kind));
        }

        List<Funnel> funnels = new ArrayList<>();
        List<PlanInput.FunnelInput> funnelInputs = orEmpty(input.funnels());
        for (int f = 0; f < funnelInputs.size(); f++) {
            funnel(v, "funnels[" + f + "]", funnelInputs.get(f), teamIds).ifPresent(funnels::add);
        }

        List<KpiTarget> targets = new ArrayList<>();
        List<PlanInput.TargetInput> targetInputs = orEmpty(input.targets());
        for (int t = 0; t < targetInputs.size(); t++) {
            target(v, "targets[" + t + "]", targetInputs.get(t), teamIds, period, catalog)
                    .ifPresent(targets::add);
        }

        Map<MetricKey, BigDecimal> actuals = new LinkedHashMap<>();
        Map<String, BigDecimal> actualInputs = input.actuals() == null ? Map.of() : input.actuals();
        for (Map.Entry<String, BigDecimal> actual : actualInputs.entrySet()) {
            String path = "actuals." + actual.getKey();
            MetricKey key = v.field(path, () -> MetricKey.of(actual.getKey()));
            if (key == null) {
                continue;
            }
            if (!catalog.contains(key)) {
                v.add(FieldError.of(
                        path, "The catalog has no measure or metric '" + key + "'.", "指标目录中没有“" + key + "”。"));
            } else if (actual.getValue() == null) {
                v.add(FieldError.of(path, "An actual needs a number.", "实际值需要一个数字。"));
            } else {
                actuals.put(key, actual.getValue());
            }
        }
        v.throwIfInvalid();
        AlignmentPlan plan =
                new AlignmentPlan(period, teams, funnels, targets, actuals, catalog, TensionCatalog.defaults());
        return new AlignmentOutcome(new AlignmentEngine().run(plan), teams, keys);
    }

    private static Optional<Funnel> funnel(
            Validation v, String path, PlanInput.FunnelInput in, Map<String, TeamId> teamIds) {
        if (in == null) {
            v.add(FieldError.of(path, "A funnel is required here.", "此处需要一个漏斗。"));
            return Optional.empty();
        }
        boolean ok = true;
        String name =
                in.name() == null || in.name().isBlank() ? null : in.name().strip();
        if (name == null) {
            v.add(FieldError.of(path + ".name", "A funnel name is required.", "漏斗名称为必填项。"));
            ok = false;
        }
        List<PlanInput.StageInput> stageInputs = orEmpty(in.stages());
        if (stageInputs.size() < 2) {
            v.add(FieldError.of(
                    path + ".stages",
                    "A funnel needs at least two stages, got " + stageInputs.size() + ".",
                    "漏斗至少需要两个阶段,当前为 " + stageInputs.size() + " 个。"));
            ok = false;
        }
        List<Stage> stages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < stageInputs.size(); s++) {
            PlanInput.StageInput stage = stageInputs.get(s);
            String stagePath = path + ".stages[" + s + "]";
            if (stage == null) {
                v.add(FieldError.of(stagePath, "A stage is required here.", "此处需要一个阶段。"));
                ok = false;
                continue;
            }
            TeamId team = stage.team() == null ? null : teamIds.get(stage.team().strip());
            if (team == null) {
                v.add(FieldError.of(
                        stagePath + ".team",
                        "No team with key '" + stage.team() + "' in the plan.",
                        "计划中没有键为“" + stage.team() + "”的团队。"));
                ok = false;
            }
            if (stage.key() != null && !seen.add(stage.key().strip())) {
                v.add(FieldError.of(
                        stagePath + ".key",
                        "The stage key '" + stage.key() + "' appears twice in this funnel.",
                        "阶段键“" + stage.key() + "”在此漏斗中重复。"));
                ok = false;
                continue;
            }
            String stageKey = stage.key() == null ? null : stage.key().strip();
            String stageName = stage.name() == null || stage.name().isBlank()
                    ? stageKey
                    : stage.name().strip();
            Stage built = v.field(
                    stagePath + ".key",
                    () -> Stage.of(
                            stageKey, Objects.requireNonNullElse(stageName, "?"), team == null ? new TeamId(1) : team));
            if (built == null) {
                ok = false;
            } else {
                stages.add(built);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.ofNullable(v.field(path + ".stages", () -> new Funnel(name, stages)));
    }

    private static Optional<KpiTarget> target(
            Validation v,
            String path,
            PlanInput.TargetInput in,
            Map<String, TeamId> teamIds,
            Period planPeriod,
            MetricCatalog catalog) {
        if (in == null) {
            v.add(FieldError.of(path, "A target is required here.", "此处需要一个目标。"));
            return Optional.empty();
        }
        TeamId team = in.team() == null ? null : teamIds.get(in.team().strip());
        if (team == null) {
            v.add(FieldError.of(
                    path + ".team",
                    "No team with key '" + in.team() + "' in the plan.",
                    "计划中没有键为“" + in.team() + "”的团队。"));
        }
        MetricKey metric = TargetFields.metric(v, path + ".metric", in.metric());
        Optional<StageScope> scope = TargetFields.scope(v, path + ".scope", in.scopeFrom(), in.scopeTo());
        Period period = in.period() == null || in.period().isBlank()
                ? planPeriod
                : TargetFields.period(v, path + ".period", in.period());
        Threshold threshold = TargetFields.threshold(v, path + ".threshold", in.threshold());
        if (metric != null) {
            Optional<MetricDefinition> definition = catalog.find(metric);
            if (definition.isEmpty()) {
                v.add(FieldError.of(
                        path + ".metric", "The catalog has no metric '" + metric + "'.", "指标目录中没有“" + metric + "”。"));
                return Optional.empty();
            }
            if (definition.get().stageScoped() && scope.isEmpty()) {
                v.add(FieldError.of(
                        path + ".scope",
                        "'" + metric + "' is measured between two funnel stages: name them (from, to).",
                        "“" + metric + "”在两个漏斗阶段之间计算:请填写起止阶段。"));
                return Optional.empty();
            }
            if (!definition.get().stageScoped() && scope.isPresent()) {
                v.add(FieldError.of(
                        path + ".scope",
                        "'" + metric + "' is not measured between stages: leave the stages out.",
                        "“" + metric + "”不按阶段计算:请不要填写阶段。"));
                return Optional.empty();
            }
        }
        if (team == null || metric == null || period == null || threshold == null) {
            return Optional.empty();
        }
        return Optional.of(new KpiTarget(
                KpiTargetId.newId(), team, metric, scope, period, threshold, NOBODY, Optional.empty(), 0));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
