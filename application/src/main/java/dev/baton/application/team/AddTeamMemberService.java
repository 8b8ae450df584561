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
public class AddTeamMemberService implements AddTeamMemberUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final TeamGuards guards;
    private final Auditor auditor;

    @Inject
    public AddTeamMemberService(TeamRepository teams, TeamGuards guards, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.guards = guards;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Team addMember(TeamMembershipCommand command) {
        access.requireAdmin();
        Team before = guards.existing(command.team());
        guards.checkPersonExists("personId", command.person());
        if (before.hasMember(command.person())) {
            return before;
        }
        Team after = teams.update(before.addMember(command.person()));
        auditor.record(
                "team",
                after.id(),
                "add-member",
                TeamSnapshot.of(before),
                TeamSnapshot.of(after),
                Optional.of(after.id()));
        return after;
    }
}
