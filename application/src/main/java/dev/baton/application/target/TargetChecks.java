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
            errors.add(FieldError.of("team", "field.NO_ACTIVE_TEAM_WITH", String.valueOf(team)));
        }
        errors.addAll(metricErrors(catalog, metric, scope, "metric", "scope"));
        if (owner != null && people.findById(owner).isEmpty()) {
            errors.add(FieldError.of("ownerId", "field.NO_SUCH_PERSON", String.valueOf(owner)));
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
            errors.add(FieldError.of(metricField, "field.CATALOG_NO_METRIC", String.valueOf(metric)));
            return errors;
        }
        if (definition.get().stageScoped() && scope.isEmpty()) {
            errors.add(FieldError.of(scopeField, "field.MEASURED_BETWEEN_TWO_FUNNEL", String.valueOf(metric)));
        } else if (!definition.get().stageScoped() && scope.isPresent()) {
            errors.add(FieldError.of(scopeField, "field.NOT_MEASURED_BETWEEN_STAGES", String.valueOf(metric)));
        } else if (scope.isPresent()) {
            Set<String> stages = new HashSet<>();
            for (StoredFunnel funnel : funnels.findAll()) {
                funnel.funnel().stages().forEach(s -> stages.add(s.key()));
            }
            if (!stages.contains(scope.get().from())) {
                errors.add(FieldError.of(
                        scopeField + ".from",
                        "field.NO_FUNNEL_STAGE",
                        String.valueOf(scope.get().from())));
            }
            if (!stages.contains(scope.get().to())) {
                errors.add(FieldError.of(
                        scopeField + ".to",
                        "field.NO_FUNNEL_STAGE",
                        String.valueOf(scope.get().to())));
            }
        }
        return errors;
    }
}
