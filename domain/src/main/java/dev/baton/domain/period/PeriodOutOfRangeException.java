package dev.baton.domain.period;

/** There is no period before the first or after the last one Baton supports (see {@link Period}). */
public final class PeriodOutOfRangeException extends IllegalArgumentException {

    private final transient Period period;
    private final boolean after;

    PeriodOutOfRangeException(Period period, boolean after) {
        super("there is no period " + (after ? "after " : "before ") + period + ": periods run from " + Period.MIN_YEAR
                + " to " + Period.MAX_YEAR);
        this.period = period;
        this.after = after;
    }

    /** The period at the end of the range. */
    public Period period() {
        return period;
    }

    /** Whether a period after it was asked for (else one before it). */
    public boolean after() {
        return after;
    }
}
