package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.TeamId;

/** Parsing shared by the team commands. */
final class TeamFields {

    private TeamFields() {}

    static PersonId owner(Validation v, Long ownerId) {
        if (v.required("ownerId", ownerId, "A team needs an owner.", "团队需要一位负责人。") == null) {
            return null;
        }
        return v.field("ownerId", () -> new PersonId(ownerId));
    }

    static TeamId team(Validation v, Long teamId) {
        if (v.required("id", teamId, "A team id is required.", "团队 id 为必填项。") == null) {
            return null;
        }
        return v.field("id", () -> new TeamId(teamId));
    }

    static long version(Validation v, Long version) {
        if (v.required(
                        "version",
                        version,
                        "The version you loaded is required, so a concurrent change is not overwritten.",
                        "需要提供读取时的版本号,以免覆盖他人的并发修改。")
                == null) {
            return 0;
        }
        return version;
    }
}
