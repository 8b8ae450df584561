package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.period.Granularity;
import dev.baton.domain.period.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values recorded from one period to another, both included: every month, quarter and year lying wholly within
 * that span ({@code 2026-01} to {@code 2026-06} holds the six months and Q1 and Q2, not the year 2026). At most
 * {@link #MAX_YEARS} years at once.
 */
public record ExportMeasuresQuery(YearMonth from, YearMonth to, Optional<FunnelRef> funnel) {

    static final int MAX_YEARS = 20;

    public ExportMeasuresQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(funnel, "funnel");
    }

    /** @param funnel {@code null} for every funnel, blank for the organisation-wide values only */
    public static ExportMeasuresQuery of(String from, String to, String funnel) {
        Validation v = new Validation();
        Period first = v.field("from", () -> Period.parse(from));
        Period last = v.field("to", () -> Period.parse(to));
        FunnelRef ref = funnel == null ? null : v.field("funnel", () -> FunnelRef.of(funnel));
        if (first != null && last != null) {
            if (last.lastMonth().isBefore(first.firstMonth())) {
                v.add(FieldError.of("to", "field.END_LIES_BEFORE_START"));
            } else if (first.firstMonth().plusYears(MAX_YEARS).isBefore(last.lastMonth())) {
                v.add(FieldError.of("to", "field.EXPORT_MOST_YEARS_ONCE", MAX_YEARS));
            }
        }
        v.throwIfInvalid();
        return new ExportMeasuresQuery(first.firstMonth(), last.lastMonth(), Optional.ofNullable(ref));
    }

    /** A name for the exported file: {@code measures-2026-01-2026-06.csv}. */
    public String fileName() {
        return "measures-" + from + "-" + to + ".csv";
    }

    /** Every period lying wholly within the span. */
    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Granularity granularity : Granularity.values()) {
                for (int index = 1; index <= 12 / granularity.months(); index++) {
                    Period period = new Period(granularity, year, index);
                    if (!period.firstMonth().isBefore(from)
                            && !period.lastMonth().isAfter(to)) {
                        periods.add(period);
                    }
                }
            }
        }
        return periods;
    }
}
