package dev.baton.adapters.web.funnel;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.funnel.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A funnel as the page shows it: stages in order with their team's name, and a handoff mark where teams change. */
public record FunnelView(long id, String name, List<StageView> stages, int handoffs, long version) {

    public record StageView(String key, String name, String team, boolean handoffBefore) {}

    static FunnelView of(StoredFunnel stored, Map<Long, String> teamNames) {
        List<StageView> stages = new ArrayList<>();
        Stage previous = null;
        for (Stage stage : stored.funnel().stages()) {
            boolean handoff = previous != null && !previous.owner().equals(stage.owner());
            stages.add(new StageView(
                    stage.key(),
                    stage.name(),
                    teamNames.getOrDefault(
                            stage.owner().value(), "#" + stage.owner().value()),
                    handoff));
            previous = stage;
        }
        return new FunnelView(
                stored.id(),
                stored.funnel().name(),
                stages,
                stored.funnel().handoffs().size(),
                stored.version());
    }
}
