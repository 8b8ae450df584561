package dev.baton.application.planning;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * The plan page's material: every funnel, the history rates of the chosen funnel's boundaries (for the fields left
 * empty), and the plan, or the field errors that kept it from being made.
 */
public record PlannerDesk(List<StoredFunnel> funnels, Optional<WaterfallOutcome> plan, List<FieldError> errors) {

    public PlannerDesk {
        funnels = List.copyOf(funnels);
        plan = plan == null ? Optional.empty() : plan;
        errors = List.copyOf(errors);
    }
}
