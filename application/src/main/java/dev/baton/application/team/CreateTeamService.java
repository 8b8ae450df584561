package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreateTeamService implements CreateTeamUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final TeamGuards guards;
    private final Auditor auditor;

    @Inject
    public CreateTeamService(TeamRepository teams, TeamGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Team create(CreateTeamCommand command) {
        access.requireAdmin();
        guards.checkNameAndOwner(command.name(), command.owner(), Optional.empty());
        Team team = teams.add(Team.create(teams.nextId(), command.name(), command.kind(), command.owner()));
        auditor.record("team", team.id(), "create", Map.of(), TeamSnapshot.of(team), Optional.of(team.id()));
        return team;
    }
}
