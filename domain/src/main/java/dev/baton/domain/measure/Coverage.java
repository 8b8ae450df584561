package dev.baton.domain.measure;

import dev.baton.domain.period.Period;

/**
 * How much of a period an actual speaks for, in months: a quarter rolled up from two recorded months covers 2 of 3. A
 * value recorded for the period itself covers all of it, and so does any value of a month.
 */
public record Coverage(int months, int monthsInPeriod) {

    public Coverage {
        if (monthsInPeriod < 1 || months < 1 || months > monthsInPeriod) {
            throw new IllegalArgumentException(
                    "a coverage is 1 to " + monthsInPeriod + " months of " + monthsInPeriod + ", got " + months);
        }
    }

    public static Coverage whole(Period period) {
        int months = period.granularity().months();
        return new Coverage(months, months);
    }

    /** Whether some months of the period had nothing to contribute: the value is a period to date, or has gaps. */
    public boolean partial() {
        return months < monthsInPeriod;
    }

    /** The one of the two that covers fewer months: a metric is only as complete as its thinnest input. */
    public Coverage thinner(Coverage other) {
        return other.months < months ? other : this;
    }
}
