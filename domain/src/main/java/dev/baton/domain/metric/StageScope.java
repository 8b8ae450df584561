package dev.baton.domain.metric;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Objects;

/** The pair of funnel stages a stage-scoped metric (stage conversion rate) is measured between. */
public record StageScope(String from, String to) {

    public StageScope {
        Objects.requireNonNull(from, "scope.from is required");
        Objects.requireNonNull(to, "scope.to is required");
        if (from.isBlank() || to.isBlank()) {
            throw new InvalidValueException("field.SCOPE_NEEDS_TWO_STAGES");
        }
        if (from.equals(to)) {
            throw new InvalidValueException("field.SCOPE_SAME_STAGE", from);
        }
    }

    @Override
    public String toString() {
        return from + "→" + to;
    }
}
