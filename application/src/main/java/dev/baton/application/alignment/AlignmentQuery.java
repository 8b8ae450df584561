package dev.baton.application.alignment;

import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.period.Period;
import java.util.Objects;

/** The stored plan's report for a period. */
public record AlignmentQuery(Period period) {

    public AlignmentQuery {
        Objects.requireNonNull(period, "period");
    }

    public static AlignmentQuery of(String period) {
        Validation v = new Validation();
        Period parsed = TargetFields.period(v, "period", period);
        v.throwIfInvalid();
        return new AlignmentQuery(parsed);
    }
}
