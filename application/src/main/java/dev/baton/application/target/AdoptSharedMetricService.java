package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reads the team's owner and sets the adopted target in one transaction, so the owner read is the one who holds it. A
 * team that does not exist is not found before anything is checked of the reader's rights to edit it, as the editor
 * the one-click form came from reads it.
 */
@ApplicationScoped
public class AdoptSharedMetricService implements AdoptSharedMetricUseCase {

    private final TeamRepository teams;
    private final SetKpiTargetUseCase setTarget;
    private final AccessPolicy access;

    @Inject
    public AdoptSharedMetricService(TeamRepository teams, SetKpiTargetUseCase setTarget, AccessPolicy access) {
        this.teams = teams;
        this.setTarget = setTarget;
        this.access = access;
    }

    @Override
    @Transactional
    public TargetDetails adopt(AdoptSharedMetricCommand command) {
        access.requireReader();
        if (command.team() == null || command.team() <= 0) {
            throw new NotFoundException("team", command.team());
        }
        Team team = teams.findById(new TeamId(command.team()))
                .orElseThrow(() -> new NotFoundException("team", command.team()));
        TargetInput input = new TargetInput(
                command.team(),
                command.metric(),
                command.scopeFrom(),
                command.scopeTo(),
                command.period(),
                command.threshold(),
                team.owner().value(),
                null);
        return setTarget.set(SetKpiTargetCommand.of(input));
    }
}
