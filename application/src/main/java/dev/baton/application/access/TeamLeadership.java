package dev.baton.application.access;

import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether a person leads a team: owns it, or belongs to it (a member holding the team-lead role). */
@ApplicationScoped
public class TeamLeadership {

    private final TeamRepository teams;

    @Inject
    public TeamLeadership(TeamRepository teams) {
        this.teams = teams;
    }

    public boolean leads(PersonId person, TeamId team) {
        return teams.findById(team)
                .map(t -> !t.archived() && (t.isLedBy(person) || t.hasMember(person)))
                .orElse(false);
    }
}
