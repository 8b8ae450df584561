package dev.baton.adapters.rest.funnel;

import java.util.List;

/** A funnel as a client sends it: stages in order, each naming its owning team's id; {@code version} for edits. */
public record FunnelRequest(String name, List<StageRequest> stages, Long version) {

    public record StageRequest(String key, String name, Long team) {}
}
