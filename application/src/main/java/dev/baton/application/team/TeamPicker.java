package dev.baton.application.team;

import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page without a team goes, read in one transaction: a team lead's own team to open straight away, or else the
 * active teams to pick one from (empty when there is an own team, since nobody is asked to pick then).
 */
public record TeamPicker(Optional<TeamId> ownTeam, List<TeamSummary> teams) {

    public TeamPicker {
        Objects.requireNonNull(ownTeam, "ownTeam");
        teams = List.copyOf(teams);
        if (ownTeam.isPresent() && !teams.isEmpty()) {
            throw new IllegalArgumentException("a reader with a team of their own picks none");
        }
    }
}
