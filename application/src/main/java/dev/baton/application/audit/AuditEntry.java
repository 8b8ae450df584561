package dev.baton.application.audit;

import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change, as it happened: who, when, to what, and the state before and after. {@code before} is empty for a
 * creation; {@code team} lets a team lead read the trail of their own teams.
 */
public record AuditEntry(
        Instant at,
        String actor,
        String entityType,
        String entityId,
        String action,
        Map<String, Object> before,
        Map<String, Object> after,
        Optional<TeamId> team) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
        Objects.requireNonNull(team, "team");
    }
}
