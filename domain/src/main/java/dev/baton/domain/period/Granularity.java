package dev.baton.domain.period;

/** How long a {@link Period} lasts. */
public enum Granularity {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** The number of calendar months a period of this granularity covers. */
    public int months() {
        return months;
    }
}
