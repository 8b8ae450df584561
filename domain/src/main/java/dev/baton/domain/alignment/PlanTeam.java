package dev.baton.domain.alignment;

import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/** The little the alignment engine needs to know about a team: who it is, what to call it, what kind it is. */
public record PlanTeam(TeamId id, String name, DepartmentKind kind) {

    public PlanTeam {
        Objects.requireNonNull(id, "a team needs an id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("team " + id.value() + " needs a name");
        }
        kind = kind == null ? DepartmentKind.OTHER : kind;
    }

    public static PlanTeam of(long id, String name, DepartmentKind kind) {
        return new PlanTeam(new TeamId(id), name, kind);
    }
}
