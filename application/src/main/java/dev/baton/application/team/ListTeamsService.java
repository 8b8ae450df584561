package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.Page;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ListTeamsService implements ListTeamsUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final PersonRepository people;

    @Inject
    public ListTeamsService(TeamRepository teams, PersonRepository people, AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.people = people;
    }

    @Override
    @Transactional
    public Page<TeamSummary> list(ListTeamsQuery query) {
        access.requireReader();
        Page<Team> page = teams.list(query.kind(), query.includeArchived(), query.page());
        // One query for all owners of the page, not one per row.
        Map<PersonId, Person> owners =
                people.findAllById(page.items().stream().map(Team::owner).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Person::id, Function.identity()));
        return page.map(team -> new TeamSummary(team, owners.get(team.owner())));
    }
}
