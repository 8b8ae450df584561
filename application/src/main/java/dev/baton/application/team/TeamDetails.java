package dev.baton.application.team;

import dev.baton.domain.person.Person;
import dev.baton.domain.team.Team;
import java.util.List;

/** A team with its owner and members resolved. */
public record TeamDetails(Team team, Person owner, List<Person> members) {

    public TeamDetails {
        members = List.copyOf(members);
    }
}
