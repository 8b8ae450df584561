package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Optional;

@ApplicationScoped
public class FindOwnTeamService implements FindOwnTeamUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;

    @Inject
    public FindOwnTeamService(TeamRepository teams, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
    }

    @Override
    @Transactional
    public Optional<TeamId> ownTeam() {
        Actor actor = access.requireReader();
        if (!actor.hasRole(Role.TEAM_LEAD) || actor.person().isEmpty()) {
            return Optional.empty();
        }
        PersonId person = actor.person().get();
        return teams.findAllById(teams.ledBy(person)).stream()
                .filter(team -> !team.archived())
                .min(Comparator.comparing((Team team) -> !team.isLedBy(person))
                        .thenComparing(team -> team.name().value())
                        .thenComparing(team -> team.id().value()))
                .map(Team::id);
    }
}
