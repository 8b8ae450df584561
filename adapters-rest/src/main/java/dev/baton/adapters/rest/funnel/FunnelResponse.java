package dev.baton.adapters.rest.funnel;

import dev.baton.application.funnel.StoredFunnel;
import java.util.List;

/** A funnel with its stages in order and the handoffs they derive (consecutive stages of different teams). */
public record FunnelResponse(
        long id, String name, List<StageResponse> stages, List<HandoffResponse> handoffs, long version) {

    public record StageResponse(String key, String name, long team) {}

    public record HandoffResponse(String from, String to, long fromTeam, long toTeam) {}

    static FunnelResponse of(StoredFunnel stored) {
        return new FunnelResponse(
                stored.id(),
                stored.funnel().name(),
                stored.funnel().stages().stream()
                        .map(s -> new StageResponse(s.key(), s.name(), s.owner().value()))
                        .toList(),
                stored.funnel().handoffs().stream()
                        .map(h -> new HandoffResponse(
                                h.from().key(),
                                h.to().key(),
                                h.fromTeam().value(),
                                h.toTeam().value()))
                        .toList(),
                stored.version());
    }
}
