package dev.baton.application.target;

import dev.baton.domain.target.KpiTarget;
import java.util.Objects;

/** A target with what a reader wants to know beside it: whether its bar runs against the metric's good direction. */
public record TargetDetails(KpiTarget target, boolean runsAgainstDirection) {

    public TargetDetails {
        Objects.requireNonNull(target, "target");
    }
}
