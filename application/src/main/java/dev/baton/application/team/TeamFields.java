package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;

/** Parsing shared by the team commands. */
final class TeamFields {

    private TeamFields() {}

    static PersonId owner(Validation v, Long ownerId) {
        if (v.required("ownerId", ownerId, "field.OWNER_REQUIRED") == null) {
            return null;
        }
        return v.field("ownerId", () -> new PersonId(ownerId));
    }

    static TeamId team(Validation v, Long teamId) {
        if (v.required("id", teamId, "field.TEAM_ID_REQUIRED") == null) {
            return null;
        }
        return v.field("id", () -> new TeamId(teamId));
    }

    static long version(Validation v, Long version) {
        if (v.required("version", version, "field.VERSION_REQUIRED") == null) {
            return 0;
        }
        return version;
    }
}
