package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

public record TeamMembershipCommand(TeamId team, PersonId person) {

    public TeamMembershipCommand {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(person, "person");
    }

    public static TeamMembershipCommand of(Long teamId, Long personId) {
        Validation v = new Validation();
        TeamId team = TeamFields.team(v, teamId);
        PersonId person = v.required("personId", personId, "field.PERSON_REQUIRED") == null
                ? null
                : v.field("personId", () -> new PersonId(personId));
        v.throwIfInvalid();
        return new TeamMembershipCommand(team, person);
    }
}
