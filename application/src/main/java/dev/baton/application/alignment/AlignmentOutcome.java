package dev.baton.application.alignment;

import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's report with the teams it speaks of. For a plan sent to be evaluated, {@code teamKeys} maps the ids the
 * engine used back to the keys the client chose; for the stored plan it is empty and teams are named by id.
 */
public record AlignmentOutcome(AlignmentReport report, List<PlanTeam> teams, Map<TeamId, String> teamKeys) {

    public AlignmentOutcome {
        Objects.requireNonNull(report, "report");
        teams = List.copyOf(teams);
        teamKeys = Map.copyOf(teamKeys);
    }

    public Optional<PlanTeam> team(TeamId id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public String teamName(TeamId id) {
        return team(id).map(PlanTeam::name).orElse("team " + id);
    }

    public Optional<String> teamKey(TeamId id) {
        return Optional.ofNullable(teamKeys.get(id));
    }
}
