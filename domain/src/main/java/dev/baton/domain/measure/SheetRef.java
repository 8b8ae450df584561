package dev.baton.domain.measure;

import dev.baton.domain.period.Period;
import java.util.Comparator;
import java.util.Objects;

/**
 * A sheet: the measures of one period, organisation-wide or in one funnel. It is what the form shows and saves as one,
 * and the unit a version guards, so two people recording the same period cannot overwrite each other unseen.
 */
public record SheetRef(Period period, FunnelRef funnel) implements Comparable<SheetRef> {

    private static final Comparator<SheetRef> ORDER =
            Comparator.comparing(SheetRef::period).thenComparing(SheetRef::funnel);

    public SheetRef {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(funnel, "funnel");
    }

    @Override
    public int compareTo(SheetRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return funnel.organisationWide() ? period.format() : period.format() + " (funnel " + funnel.id() + ")";
    }
}
