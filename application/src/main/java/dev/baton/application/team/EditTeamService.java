package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class EditTeamService implements EditTeamUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final TeamGuards guards;
    private final Auditor auditor;

    @Inject
    public EditTeamService(TeamRepository teams, TeamGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Team edit(EditTeamCommand command) {
        access.requireAdmin();
        Team before = guards.existing(command.id());
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("team", command.id());
        }
        if (before.archived()) {
            throw new RefusedException("refused.TEAM_ARCHIVED", before.name().toString());
        }
        guards.checkNameAndOwner(command.name(), command.owner(), Optional.of(command.id()));
        Team after = teams.update(
                before.rename(command.name()).changeKind(command.kind()).assignOwner(command.owner()));
        auditor.record(
                "team", after.id(), "edit", TeamSnapshot.of(before), TeamSnapshot.of(after), Optional.of(after.id()));
        return after;
    }
}
