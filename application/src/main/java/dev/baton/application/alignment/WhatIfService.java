package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetChecks;
import dev.baton.application.target.TargetFields;
import dev.baton.application.target.TargetInput;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the engine over the stored plan and over the plan with one change, and saves nothing. Any reader may ask. */
@ApplicationScoped
public class WhatIfService implements WhatIfUseCase {

    private final StoredPlans plans;
    private final TeamRepository teams;
    private final TargetChecks checks;
    private final AccessPolicy access;

    @Inject
    public WhatIfService(StoredPlans plans, TeamRepository teams, TargetChecks checks, AccessPolicy access) {
        this.plans = plans;
        this.teams = teams;
        this.checks = checks;
        this.access = access;
    }

    @Override
    @Transactional
    public WhatIfOutcome whatIf(WhatIfCommand command) {
        access.requireReader();
        StoredPlan plan = plans.planOf(command.period());
        MetricCatalog catalog = plan.catalog();
        List<KpiTarget> stored = plan.targets();
        List<KpiTarget> changed = new ArrayList<>(stored);
        Optional<KpiTarget> replaced = Optional.empty();
        if (command.action() != WhatIfCommand.Action.SET) {
            KpiTargetId id = command.targetId().orElseThrow();
            replaced = stored.stream().filter(t -> t.id().equals(id)).findFirst();
            if (replaced.isEmpty()) {
                throw new NotFoundException("target in force in " + command.period(), id);
            }
            changed.remove(replaced.get());
        }
        if (command.action() != WhatIfCommand.Action.REMOVE) {
            changed.add(proposed(command, replaced, catalog));
        }
        AlignmentOutcome before = plan.outcome();
        AlignmentOutcome after = plan.withTargets(changed).outcome();
        return new WhatIfOutcome(before, after);
    }

    /** The target to try: the input, with the period of the report and the team's owner where they are left out. */
    private KpiTarget proposed(WhatIfCommand command, Optional<KpiTarget> replaced, MetricCatalog catalog) {
        TargetInput in = command.target().orElseThrow();
        Validation v = new Validation();
        TeamId team = replaced.map(KpiTarget::team).orElseGet(() -> TargetFields.team(v, "target.team", in.team()));
        MetricKey metric = TargetFields.metric(v, "target.metric", in.metric());
        Optional<StageScope> scope = TargetFields.scope(v, "target.scope", in.scopeFrom(), in.scopeTo());
        Period period = in.period() == null || in.period().isBlank()
                ? replaced.map(KpiTarget::period).orElse(command.period())
                : TargetFields.period(v, "target.period", in.period());
        Threshold threshold = TargetFields.threshold(v, "target.threshold", in.threshold());
        PersonId owner = in.ownerId() == null ? null : TargetFields.owner(v, "target.ownerId", in.ownerId());
        v.throwIfInvalid();
        List<FieldError> errors =
                new ArrayList<>(checks.metricErrors(catalog, metric, scope, "target.metric", "target.scope"));
        Optional<Team> stored = teams.findById(team).filter(t -> !t.archived());
        if (stored.isEmpty()) {
            errors.add(FieldError.of("target.team", "field.NO_ACTIVE_TEAM_WITH", String.valueOf(team)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (owner == null) {
            owner = replaced.map(KpiTarget::owner).orElse(stored.get().owner());
        }
        return new KpiTarget(
                replaced.map(KpiTarget::id).orElseGet(KpiTargetId::newId),
                team,
                metric,
                scope,
                period,
                threshold,
                owner,
                Optional.empty(),
                0);
    }
}
