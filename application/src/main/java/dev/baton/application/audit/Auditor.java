package dev.baton.application.audit;

import dev.baton.application.access.port.CurrentActor;
import dev.baton.application.audit.port.AuditTrail;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Stamps a change with the actor and the time and hands it to the trail. */
@ApplicationScoped
public class Auditor {

    private final AuditTrail trail;
    private final CurrentActor actor;
    private final Clock clock;

    @Inject
    public Auditor(AuditTrail trail, CurrentActor actor, Clock clock) {
        this.trail = trail;
        this.actor = actor;
        this.clock = clock;
    }

    public void record(
            String entityType,
            Object entityId,
            String action,
            Map<String, Object> before,
            Map<String, Object> after,
            Optional<TeamId> team) {
        trail.record(new AuditEntry(
                clock.instant(),
                actor.actor().username(),
                entityType,
                String.valueOf(entityId),
                action,
                before,
                after,
                team));
    }
}
