package dev.baton.application.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * An ISO-8601 week such as {@code 2026-W49}, as the day is in the company's time zone: Monday begins it, and the week
 * of 1 January 2027 may be {@code 2026-W53}. The key of "once per person per week".
 */
public record IsoWeek(int year, int week) {

    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("an ISO week is 1 to 53, got " + week);
        }
    }

    public static IsoWeek of(Instant instant, ZoneId zone) {
        return of(instant.atZone(Objects.requireNonNull(zone, "zone")).toLocalDate());
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week before this one. */
    public IsoWeek previous() {
        LocalDate monday = LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
        return of(monday.minusWeeks(1));
    }

    /** {@code 2026-W49}. */
    public String format() {
        return String.format("%04d-W%02d", year, week);
    }

    @Override
    public String toString() {
        return format();
    }
}
