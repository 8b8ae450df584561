package dev.baton.application.fakes;

import dev.baton.application.team.port.TeamObligations;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a test says still depends on each team. */
public final class InMemoryObligations implements TeamObligations {

    private final Map<TeamId, List<LocalizedText>> obligations = new HashMap<>();

    public InMemoryObligations hold(TeamId team, String what) {
        obligations.computeIfAbsent(team, t -> new ArrayList<>()).add(LocalizedText.of(what, what));
        return this;
    }

    @Override
    public List<LocalizedText> of(TeamId team) {
        return List.copyOf(obligations.getOrDefault(team, List.of()));
    }
}
