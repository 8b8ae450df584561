package dev.baton.domain.scorecard;

import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The share of a running period that its recorded data covers, as of a day. Complete months count whole; the month
 * that holds the day counts its elapsed days (the day itself included) when it has a value; quarters and years count
 * their months. So on 18 November a quarter with October and November recorded is (1 + 18/30) / 3 = 0.5333 in, and
 * with only October recorded 1/3.
 *
 * <p><b>Early in a period</b> a projection rests on too little: a share below {@link #EARLY_LIMIT} (10 %) holds a
 * flow's pace status back unless a whole month is in. A month is held back in its first three days; a quarter in its
 * first nine days at most (then its first month is not yet complete); a year until its first month is in.
 *
 * @param value the share, 0 to 1, unrounded
 * @param wholeMonthIn whether at least one complete month is among what the data covers
 */
public record ElapsedShare(BigDecimal value, boolean wholeMonthIn) {

    public static final BigDecimal EARLY_LIMIT = new BigDecimal("0.10");

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public ElapsedShare {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("an elapsed share is between 0 and 1, got " + value);
        }
    }

    /** Nothing recorded yet. */
    public static ElapsedShare none() {
        return new ElapsedShare(BigDecimal.ZERO, false);
    }

    /**
     * @param monthsCovered how many months of the period have a value (the coverage of the actual)
     * @param currentMonthCovered whether the month holding {@code asOf} is among them
     * @param asOf the day the share is taken on: today, or the last day of a past month being viewed
     */
    public static ElapsedShare of(Period period, int monthsCovered, boolean currentMonthCovered, LocalDate asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        int monthsInPeriod = period.granularity().months();
        if (monthsCovered < 0 || monthsCovered > monthsInPeriod) {
            throw new IllegalArgumentException(
                    "a period of " + monthsInPeriod + " months cannot have " + monthsCovered + " covered");
        }
        boolean current =
                currentMonthCovered && monthsCovered > 0 && period.contains(Period.month(YearMonth.from(asOf)));
        int complete = current ? monthsCovered - 1 : monthsCovered;
        BigDecimal months = BigDecimal.valueOf(complete);
        if (current) {
            months = months.add(BigDecimal.valueOf(asOf.getDayOfMonth())
                    .divide(BigDecimal.valueOf(asOf.lengthOfMonth()), PRECISION));
        }
        BigDecimal share = months.divide(BigDecimal.valueOf(monthsInPeriod), PRECISION);
        return new ElapsedShare(share.min(BigDecimal.ONE), complete > 0 || asOf.equals(lastDay(period)));
    }

    /**
     * Whether the period has begun by {@code asOf} and its last day is after it: what is recorded for it so far is a
     * value to date. A period that has not begun is not running; whatever is recorded for it stands as it is.
     */
    public static boolean running(Period period, LocalDate asOf) {
        return !asOf.isBefore(period.firstMonth().atDay(1)) && lastDay(period).isAfter(asOf);
    }

    public static LocalDate lastDay(Period period) {
        return period.lastMonth().atEndOfMonth();
    }

    /** Too little of the period is in to project from: below 10 %, and no complete month. */
    public boolean early() {
        return !wholeMonthIn && value.compareTo(EARLY_LIMIT) < 0;
    }

    /** The share to four decimals, as the API gives it (0.6667). */
    public BigDecimal rounded() {
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** The share in whole percent, as a sentence gives it. */
    public int percent() {
        return value.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }
}
