package dev.baton.application.notification.port;

import java.time.ZoneId;

/**
 * The time zone the company keeps its calendar in ({@code BATON_TIMEZONE}): the zone the weekly digest's schedule
 * runs in, and in which a week, and so "once per person per week", begins and ends.
 */
public interface CompanyTimeZone {

    ZoneId zone();
}
