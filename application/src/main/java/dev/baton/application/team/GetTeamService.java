package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class GetTeamService implements GetTeamUseCase {

    private final AccessPolicy access;
    private final TeamGuards guards;
    private final PersonRepository people;

    @Inject
    public GetTeamService(TeamGuards guards, PersonRepository people, AccessPolicy access) {
        this.access = access;
        this.guards = guards;
        this.people = people;
    }

    @Override
    @Transactional
    public TeamDetails get(TeamId id) {
        access.requireReader();
        Team team = guards.existing(id);
        Set<PersonId> wanted = new HashSet<>(team.members());
        wanted.add(team.owner());
        Map<PersonId, Person> found =
                people.findAllById(wanted).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Person> members = team.members().stream()
                .map(found::get)
                .sorted(Comparator.comparing(p -> p.name().value()))
                .toList();
        return new TeamDetails(team, found.get(team.owner()), members);
    }
}
