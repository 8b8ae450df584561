package dev.baton.application.team;

import dev.baton.application.shared.Validation;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

public record ArchiveTeamCommand(TeamId id, long version) {

    public ArchiveTeamCommand {
        Objects.requireNonNull(id, "id");
    }

    public static ArchiveTeamCommand of(Long id, Long version) {
        Validation v = new Validation();
        TeamId teamId = TeamFields.team(v, id);
        long expected = TeamFields.version(v, version);
        v.throwIfInvalid();
        return new ArchiveTeamCommand(teamId, expected);
    }
}
