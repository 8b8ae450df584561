package dev.baton.application.scorecard;

import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.period.Period;
import java.util.Objects;
import java.util.Optional;

/** The scorecard of a period; without one, of the current month or the latest month with measures. */
public record ScorecardQuery(Optional<Period> period) {

    public ScorecardQuery {
        Objects.requireNonNull(period, "period");
    }

    public static ScorecardQuery of(String period) {
        if (period == null || period.isBlank()) {
            return new ScorecardQuery(Optional.empty());
        }
        Validation v = new Validation();
        Period parsed = TargetFields.period(v, "period", period);
        v.throwIfInvalid();
        return new ScorecardQuery(Optional.of(parsed));
    }
}
