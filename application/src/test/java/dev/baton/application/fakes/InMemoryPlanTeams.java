package dev.baton.application.fakes;

import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.TeamId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plan's teams kept in a map, with the archived ones set apart as the store does. */
public final class InMemoryPlanTeams implements PlanTeams {

    private final Map<TeamId, PlanTeam> teams = new LinkedHashMap<>();
    private final Set<TeamId> archived = new HashSet<>();

    public PlanTeam add(PlanTeam team) {
        teams.put(team.id(), team);
        return team;
    }

    public void archive(TeamId id) {
        archived.add(id);
    }

    @Override
    public List<PlanTeam> active() {
        return teams.values().stream()
                .filter(team -> !archived.contains(team.id()))
                .sorted(Comparator.comparing(PlanTeam::name)
                        .thenComparing(team -> team.id().value()))
                .toList();
    }
}
