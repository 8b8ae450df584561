package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class RemoveTeamMemberService implements RemoveTeamMemberUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final TeamGuards guards;
    private final Auditor auditor;

    @Inject
    public RemoveTeamMemberService(TeamRepository teams, TeamGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Team removeMember(TeamMembershipCommand command) {
        access.requireAdmin();
        Team before = guards.existing(command.team());
        if (!before.hasMember(command.person())) {
            return before;
        }
        Team after = teams.update(before.removeMember(command.person()));
        auditor.record(
                "team",
                after.id(),
                "remove-member",
                TeamSnapshot.of(before),
                TeamSnapshot.of(after),
                Optional.of(after.id()));
        return after;
    }
}
