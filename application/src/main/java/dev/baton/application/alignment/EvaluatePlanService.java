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
        PlanSizeLimit.check(input.targets());
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
                v.add(FieldError.of(path + ".key", "field.TEAM_NEEDS_KEY"));
                continue;
            }
            String key = in.key().strip();
            if (teamIds.containsKey(key)) {
                v.add(FieldError.of(path + ".key", "field.TEAM_KEY_APPEARS_TWICE", String.valueOf(key)));
                continue;
            }
            DepartmentKind kind = in.kind() == null || in.kind().isBlank()
                    ? DepartmentKind.OTHER
                    : v.enumField(path + ".kind", in.kind(), DepartmentKind.class);
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
                v.add(FieldError.of(path, "field.PLAN_CATALOG_HAS_NO", String.valueOf(key)));
            } else if (actual.getValue() == null) {
                v.add(FieldError.of(path, "field.ACTUAL_NEEDS_NUMBER"));
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
            v.add(FieldError.of(path, "field.FUNNEL_REQUIRED_HERE"));
            return Optional.empty();
        }
        boolean ok = true;
        String name =
                in.name() == null || in.name().isBlank() ? null : in.name().strip();
        if (name == null) {
            v.add(FieldError.of(path + ".name", "field.FUNNEL_NAME_REQUIRED"));
            ok = false;
        }
        List<PlanInput.StageInput> stageInputs = orEmpty(in.stages());
        if (stageInputs.size() < 2) {
            v.add(FieldError.of(path + ".stages", "field.FUNNEL_NEEDS_LEAST_TWO", stageInputs.size()));
            ok = false;
        }
        List<Stage> stages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < stageInputs.size(); s++) {
            PlanInput.StageInput stage = stageInputs.get(s);
            String stagePath = path + ".stages[" + s + "]";
            if (stage == null) {
                v.add(FieldError.of(stagePath, "field.STAGE_REQUIRED_HERE"));
                ok = false;
                continue;
            }
            TeamId team = stage.team() == null ? null : teamIds.get(stage.team().strip());
            if (team == null) {
                v.add(FieldError.of(stagePath + ".team", "field.NO_TEAM_WITH_KEY", String.valueOf(stage.team())));
                ok = false;
            }
            if (stage.key() != null && !seen.add(stage.key().strip())) {
                v.add(FieldError.of(stagePath + ".key", "field.PLAN_STAGE_KEY_TWICE", String.valueOf(stage.key())));
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
            v.add(FieldError.of(path, "field.TARGET_REQUIRED_HERE"));
            return Optional.empty();
        }
        TeamId team = in.team() == null ? null : teamIds.get(in.team().strip());
        if (team == null) {
            v.add(FieldError.of(path + ".team", "field.NO_TEAM_WITH_KEY", String.valueOf(in.team())));
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
                v.add(FieldError.of(path + ".metric", "field.CATALOG_NO_METRIC", String.valueOf(metric)));
                return Optional.empty();
            }
            if (definition.get().stageScoped() && scope.isEmpty()) {
                v.add(FieldError.of(path + ".scope", "field.MEASURED_BETWEEN_TWO_FUNNEL", String.valueOf(metric)));
                return Optional.empty();
            }
            if (!definition.get().stageScoped() && scope.isPresent()) {
                v.add(FieldError.of(path + ".scope", "field.NOT_MEASURED_BETWEEN_STAGES", String.valueOf(metric)));
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
