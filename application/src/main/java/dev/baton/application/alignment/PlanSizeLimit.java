package dev.baton.application.alignment;

import dev.baton.application.shared.InvalidInputException;
import java.util.List;

/**
 * The most targets one plan sent for evaluation may hold. A larger plan is refused, field {@code targets}, before the
 * engine runs, so one request cannot hold a worker for long.
 */
public final class PlanSizeLimit {

    /** At most this many targets in one request. */
    public static final int MAX_TARGETS = 10_000;

    private PlanSizeLimit() {}

    static void check(List<?> targets) {
        if (targets != null && targets.size() > MAX_TARGETS) {
            throw InvalidInputException.of(
                    "targets",
                    "field.PLAN_TOO_MANY_TARGETS",
                    String.valueOf(MAX_TARGETS),
                    String.valueOf(targets.size()));
        }
    }
}
