package dev.baton.application.target;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks on a target that need stored state: its team is active, its metric is in the current catalog, a
 * stage-scoped metric names stages of some funnel, its owner exists.
 */
@ApplicationScoped
public class TargetChecks {

    private final TeamRepository teams;
    private final PersonRepository people;
    private final FunnelRepository funnels;

    @Inject
    public TargetChecks(TeamRepository teams, PersonRepository people, FunnelRepository funnels) {
        this.teams = teams;
        this.people = people;
        this.funnels = funnels;
    }

    /** Collects every problem with the target's team, metric, scope and owner; throws when there is one. */
    public void check(
            MetricCatalog catalog, TeamId team, MetricKey metric, Optional<StageScope> scope, PersonId owner) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Team> found = teams.findById(team);
        if (found.isEmpty() || found.get().archived()) {
            errors.add(FieldError.of("team", "No active team with id " + team + ".", "不存在 id 为 " + team + " 的在用团队。"));
        }
        errors.addAll(metricErrors(catalog, metric, scope, "metric", "scope"));
        if (owner != null && people.findById(owner).isEmpty()) {
            errors.add(FieldError.of("ownerId", "No person with id " + owner + ".", "不存在 id 为 " + owner + " 的人员。"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The metric is in the catalog and its scope fits it and names stages of a stored funnel. */
    public List<FieldError> metricErrors(
            MetricCatalog catalog,
            MetricKey metric,
            Optional<StageScope> scope,
            String metricField,
            String scopeField) {
        List<FieldError> errors = new ArrayList<>();
        Optional<MetricDefinition> definition = catalog.find(metric);
        if (definition.isEmpty()) {
            errors.add(FieldError.of(
                    metricField, "The catalog has no metric '" + metric + "'.", "指标目录中没有“" + metric + "”。"));
            return errors;
        }
        if (definition.get().stageScoped() && scope.isEmpty()) {
            errors.add(FieldError.of(
                    scopeField,
                    "'" + metric + "' is measured between two funnel stages: name them (from, to).",
                    "“" + metric + "”在两个漏斗阶段之间计算:请填写起止阶段。"));
        } else if (!definition.get().stageScoped() && scope.isPresent()) {
            errors.add(FieldError.of(
                    scopeField,
                    "'" + metric + "' is not measured between stages: leave the stages out.",
                    "“" + metric + "”不按阶段计算:请不要填写阶段。"));
        } else if (scope.isPresent()) {
            Set<String> stages = new HashSet<>();
            for (StoredFunnel funnel : funnels.findAll()) {
                funnel.funnel().stages().forEach(s -> stages.add(s.key()));
            }
            if (!stages.contains(scope.get().from())) {
                errors.add(FieldError.of(
                        scopeField + ".from",
                        "No funnel has a stage '" + scope.get().from() + "'.",
                        "没有漏斗包含阶段“" + scope.get().from() + "”。"));
            }
            if (!stages.contains(scope.get().to())) {
                errors.add(FieldError.of(
                        scopeField + ".to",
                        "No funnel has a stage '" + scope.get().to() + "'.",
                        "没有漏斗包含阶段“" + scope.get().to() + "”。"));
            }
        }
        return errors;
    }
}
