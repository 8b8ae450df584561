package dev.baton.application.measure;

import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.period.Period;
import java.util.Objects;

/** One period's values, organisation-wide or in one funnel. */
public record PeriodMeasuresQuery(Period period, FunnelRef funnel) {

    public PeriodMeasuresQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
    }

    public static PeriodMeasuresQuery of(String period, String funnel) {
        Validation v = new Validation();
        Period parsed = v.field("period", () -> Period.parse(period));
        FunnelRef ref = v.field("funnel", () -> FunnelRef.of(funnel));
        v.throwIfInvalid();
        return new PeriodMeasuresQuery(parsed, ref);
    }
}
