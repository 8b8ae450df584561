package dev.baton.application.checkin;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may write a target's check-ins: its accountable owner, a lead of its team, or an admin. */
@ApplicationScoped
public class CheckInGate {

    private final AccessPolicy access;
    private final TargetRepository targets;

    @Inject
    public CheckInGate(AccessPolicy access, TargetRepository targets) {
        this.access = access;
        this.targets = targets;
    }

    public Actor requireWriter(KpiTargetId id) {
        Actor actor = access.requireReader();
        KpiTarget target = targets.findById(id).orElseThrow(() -> new NotFoundException("target", id));
        if (!mayWrite(actor, target)) {
            throw new ForbiddenException(
                    "Only the target's owner, a lead of its team or an admin may record its check-ins.");
        }
        return actor;
    }

    /** Whether the current caller may write check-ins on this target (a page asks, to offer the form). */
    public boolean mayWrite(KpiTarget target) {
        return mayWrite(access.requireReader(), target);
    }

    private boolean mayWrite(Actor actor, KpiTarget target) {
        return actor.person().filter(target.owner()::equals).isPresent() || access.mayEditTeam(target.team());
    }
}
