package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.Objects;

/** Rename a team, change its kind and assign its owner in one go, against the version the editor loaded. */
public record EditTeamCommand(TeamId id, TeamName name, DepartmentKind kind, PersonId owner, long version) {

    public EditTeamCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
    }

    public static EditTeamCommand of(Long id, String name, String kind, Long ownerId, Long version) {
        Validation v = new Validation();
        TeamId teamId = TeamFields.team(v, id);
        TeamName teamName = v.field("name", () -> new TeamName(name));
        DepartmentKind departmentKind = v.enumField("kind", kind, DepartmentKind.class);
        PersonId owner = TeamFields.owner(v, ownerId);
        long expected = TeamFields.version(v, version);
        v.throwIfInvalid();
        return new EditTeamCommand(teamId, teamName, departmentKind, owner, expected);
    }
}
