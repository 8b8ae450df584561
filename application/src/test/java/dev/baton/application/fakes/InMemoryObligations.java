package dev.baton.application.fakes;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamObligation;
import dev.baton.application.team.port.TeamObligations;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What still depends on each team, counted as the PostgreSQL adapter counts it: the funnel stages it owns, then the
 * targets it holds ({@code TeamObligationsContract}). A test may add obligations of its own with {@link #hold}.
 */
public final class InMemoryObligations implements TeamObligations {

    private final InMemoryFunnels funnels;
    private final InMemoryTargets targets;
    private final Map<TeamId, List<TeamObligation>> held = new HashMap<>();

    /** Obligations over nothing stored: only what a test holds. */
    public InMemoryObligations() {
        this(new InMemoryFunnels(), new InMemoryTargets());
    }

    public InMemoryObligations(InMemoryFunnels funnels, InMemoryTargets targets) {
        this.funnels = funnels;
        this.targets = targets;
    }

    public InMemoryObligations hold(TeamId team, TeamObligation obligation) {
        held.computeIfAbsent(team, t -> new ArrayList<>()).add(obligation);
        return this;
    }

    @Override
    public List<TeamObligation> of(TeamId team) {
        List<TeamObligation> obligations = new ArrayList<>();
        long stages = funnels.findAll().stream()
                .flatMap(f -> f.funnel().stages().stream())
                .filter(s -> s.owner().equals(team))
                .count();
        if (stages > 0) {
            obligations.add(new TeamObligation(TeamObligation.Kind.FUNNEL_STAGES, stages));
        }
        long held = targets.list(Optional.of(team), Optional.empty(), Optional.empty(), new PageRequest(0, 1))
                .total();
        if (held > 0) {
            obligations.add(new TeamObligation(TeamObligation.Kind.TARGETS, held));
        }
        obligations.addAll(this.held.getOrDefault(team, List.of()));
        return List.copyOf(obligations);
    }
}
