package dev.baton.application.team;

import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks that need stored state: a unique name among active teams, an owner who exists. */
@ApplicationScoped
class TeamGuards {

    private final TeamRepository teams;
    private final PersonRepository people;

    @Inject
    TeamGuards(TeamRepository teams, PersonRepository people) {
        this.teams = teams;
        this.people = people;
    }

    Team existing(TeamId id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    void checkNameAndOwner(TeamName name, PersonId owner, Optional<TeamId> self) {
        List<FieldError> errors = new ArrayList<>();
        boolean nameTaken = teams.activeNameTaken(name, self);
        if (nameTaken) {
            errors.add(FieldError.of("name", "field.TEAM_NAME_TAKEN", name.toString()));
        }
        if (people.findById(owner).isEmpty()) {
            errors.add(FieldError.of("ownerId", "field.NO_SUCH_PERSON", owner.toString()));
        }
        if (nameTaken && errors.size() == 1) {
            throw new AlreadyExistsException(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void checkPersonExists(String field, PersonId person) {
        if (people.findById(person).isEmpty()) {
            throw InvalidInputException.of(field, "field.NO_SUCH_PERSON", person.toString());
        }
    }
}
