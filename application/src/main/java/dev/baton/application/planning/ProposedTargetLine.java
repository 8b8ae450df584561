package dev.baton.application.planning;

import dev.baton.domain.planning.ProposedTarget;
import dev.baton.domain.target.KpiTarget;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed target as it would be stored for the period (the team's owner accountable), why the team holds it, and
 * the stored target of the same team, metric, scope and period it would change, if there is one.
 */
public record ProposedTargetLine(KpiTarget target, ProposedTarget.Reason reason, Optional<KpiTarget> replaces) {

    public ProposedTargetLine {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(replaces, "replaces");
    }

    /** Whether adopting it changes nothing: the stored target already holds the proposed threshold. */
    public boolean unchanged() {
        return replaces.isPresent() && replaces.get().threshold().equals(target.threshold());
    }
}
