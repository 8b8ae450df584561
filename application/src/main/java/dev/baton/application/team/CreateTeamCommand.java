package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamName;
import java.util.Objects;

public record CreateTeamCommand(TeamName name, DepartmentKind kind, PersonId owner) {

    public CreateTeamCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
    }

    /** Builds the command from what a client typed, reporting every bad field at once. */
    public static CreateTeamCommand of(String name, String kind, Long ownerId) {
        Validation v = new Validation();
        TeamName teamName = v.field("name", () -> new TeamName(name));
        DepartmentKind departmentKind = v.enumField("kind", kind, DepartmentKind.class);
        PersonId owner = TeamFields.owner(v, ownerId);
        v.throwIfInvalid();
        return new CreateTeamCommand(teamName, departmentKind, owner);
    }
}
