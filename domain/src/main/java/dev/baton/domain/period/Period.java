package dev.baton.domain.period;

import dev.baton.domain.shared.InvalidValueException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2026-09}), quarter ({@code 2026-Q3}) or year ({@code 2026}): the time a KPI target is set
 * for. {@code index} is the month (1–12) or the quarter (1–4); it is 1 for a year.
 *
 * <p>Periods order by their first month, and a longer period comes before the shorter ones starting with it (2026,
 * 2026-Q1, 2026-01, 2026-02 ...).
 *
 * <p><strong>Supported range:</strong> the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, so from {@code 1900-01},
 * {@code 1900-Q1} and {@code 1900} to {@code 9999-12}, {@code 9999-Q4} and {@code 9999} (four-digit years, as the text
 * form has them). A period outside is refused. At the two ends there is no period before or after:
 * {@link #preceding()} and {@link #following()} are then empty, and {@link #previous()} and {@link #next()} throw a
 * {@link PeriodOutOfRangeException} that says so, so a caller can word it for the person who asked.
 */
public record Period(Granularity granularity, int year, int index) implements Comparable<Period> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::firstMonth).thenComparing(Period::granularity, Comparator.reverseOrder());

    public Period {
        Objects.requireNonNull(granularity, "a period needs a granularity: MONTH, QUARTER or YEAR");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException(
                    "field.PERIOD_YEARS", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR), String.valueOf(year));
        }
        int last = 12 / granularity.months();
        if (index < 1 || index > last) {
            throw new InvalidValueException(
                    "field.PERIOD_" + granularity.name() + "_RANGE", String.valueOf(last), String.valueOf(index));
        }
    }

    public static Period month(int year, int month) {
        return new Period(Granularity.MONTH, year, month);
    }

    public static Period month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Granularity.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(Granularity.YEAR, year, 1);
    }

    /**
     * Reads {@code 2026-09}, {@code 2026-Q3} or {@code 2026}.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("field.PERIOD_REQUIRED");
        }
        String trimmed = text.trim();
        try {
            Matcher m = MONTH.matcher(trimmed);
            if (m.matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = QUARTER.matcher(trimmed);
            if (m.matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR.matcher(trimmed);
            if (m.matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
        } catch (InvalidValueException e) {
            throw new InvalidValueException("field.NOT_A_PERIOD_BECAUSE", trimmed, e.phrase());
        }
        throw new InvalidValueException("field.NOT_A_PERIOD", trimmed);
    }

    /** The canonical text: {@code 2026-09}, {@code 2026-Q3} or {@code 2026}. */
    public String format() {
        // Years have four digits and months at most two (see the range above): no formatter needed, and none is
        // looked up for each of the scorecard's thousands of periods.
        if (granularity == Granularity.MONTH) {
            return year + (index < 10 ? "-0" : "-") + index;
        }
        if (granularity == Granularity.QUARTER) {
            return year + "-Q" + index;
        }
        return String.valueOf(year);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * granularity.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(granularity.months() - 1L);
    }

    /** The longer periods this one lies in: a month's quarter and year, a quarter's year, nothing for a year. */
    public List<Period> enclosing() {
        if (granularity == Granularity.MONTH) {
            return List.of(quarter(year, (index - 1) / 3 + 1), year(year));
        }
        if (granularity == Granularity.QUARTER) {
            return List.of(year(year));
        }
        return List.of();
    }

    /** This period followed by its {@link #enclosing()} periods. */
    public List<Period> withEnclosing() {
        List<Period> enclosing = enclosing();
        if (enclosing.isEmpty()) {
            return List.of(this);
        }
        if (enclosing.size() == 1) {
            return List.of(this, enclosing.get(0));
        }
        return List.of(this, enclosing.get(0), enclosing.get(1));
    }

    /**
     * The periods one step shorter that make this one up, in time order: a year's four quarters, a quarter's three
     * months; none for a month.
     */
    public List<Period> parts() {
        if (granularity == Granularity.MONTH) {
            return List.of();
        }
        Granularity shorter = granularity == Granularity.YEAR ? Granularity.QUARTER : Granularity.MONTH;
        int count = granularity.months() / shorter.months();
        Period[] parts = new Period[count];
        for (int i = 0; i < count; i++) {
            parts[i] = new Period(shorter, year, (index - 1) * count + i + 1);
        }
        return List.of(parts);
    }

    /** Whether {@code other} lies wholly within this period (a period contains itself). */
    public boolean contains(Period other) {
        return !other.firstMonth().isBefore(firstMonth()) && !other.lastMonth().isAfter(lastMonth());
    }

    /**
     * The period of the same granularity just before this one.
     *
     * @throws PeriodOutOfRangeException for the first period of the supported range
     */
    public Period previous() {
        return preceding().orElseThrow(() -> new PeriodOutOfRangeException(this, false));
    }

    /**
     * The period of the same granularity just after this one.
     *
     * @throws PeriodOutOfRangeException for the last period of the supported range
     */
    public Period next() {
        return following().orElseThrow(() -> new PeriodOutOfRangeException(this, true));
    }

    /** The period just before this one, or nothing for the first one Baton supports (1900-01, 1900-Q1, 1900). */
    public Optional<Period> preceding() {
        return isFirst() ? Optional.empty() : Optional.of(shift(-1));
    }

    /** The period just after this one, or nothing for the last one Baton supports (9999-12, 9999-Q4, 9999). */
    public Optional<Period> following() {
        return isLast() ? Optional.empty() : Optional.of(shift(1));
    }

    /** Whether this is the first period of its granularity in the supported range. */
    public boolean isFirst() {
        return year == MIN_YEAR && index == 1;
    }

    /** Whether this is the last period of its granularity in the supported range. */
    public boolean isLast() {
        return year == MAX_YEAR && index == 12 / granularity.months();
    }

    private Period shift(int steps) {
        YearMonth first = firstMonth().plusMonths((long) steps * granularity.months());
        int shiftedIndex = (first.getMonthValue() - 1) / granularity.months() + 1;
        return new Period(granularity, first.getYear(), shiftedIndex);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
