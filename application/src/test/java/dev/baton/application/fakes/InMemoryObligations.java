package dev.baton.application.fakes;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamObligations;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What still depends on each team, counted as the PostgreSQL adapter counts it: the funnel stages it owns, then the
 * targets it holds, each worded with its count ({@code TeamObligationsContract}). A test may add obligations of its
 * own with {@link #hold}.
 */
public final class InMemoryObligations implements TeamObligations {

    private final InMemoryFunnels funnels;
    private final InMemoryTargets targets;
    private final Map<TeamId, List<LocalizedText>> held = new HashMap<>();

    /** Obligations over nothing stored: only what a test holds. */
    public InMemoryObligations() {
        this(new InMemoryFunnels(), new InMemoryTargets());
    }

    public InMemoryObligations(InMemoryFunnels funnels, InMemoryTargets targets) {
        this.funnels = funnels;
        this.targets = targets;
    }

    public InMemoryObligations hold(TeamId team, String what) {
        held.computeIfAbsent(team, t -> new ArrayList<>()).add(LocalizedText.of(what, what));
        return this;
    }

    @Override
    public List<LocalizedText> of(TeamId team) {
        List<LocalizedText> reasons = new ArrayList<>();
        long stages = funnels.findAll().stream()
                .flatMap(f -> f.funnel().stages().stream())
                .filter(s -> s.owner().equals(team))
                .count();
        if (stages > 0) {
            reasons.add(LocalizedText.of(
                    stages + " funnel stage(s) owned by the team: give them to another team first",
                    "%d 个漏斗阶段归该团队所有:请先将其交给其他团队".formatted(stages)));
        }
        long held = targets.list(Optional.of(team), Optional.empty(), Optional.empty(), new PageRequest(0, 1))
                .total();
        if (held > 0) {
            reasons.add(LocalizedText.of(
                    held + " KPI target(s) held by the team: remove them first",
                    "该团队持有 %d 个 KPI 目标:请先删除".formatted(held)));
        }
        reasons.addAll(this.held.getOrDefault(team, List.of()));
        return List.copyOf(reasons);
    }
}
