package dev.baton.application.checkin;

import java.math.BigDecimal;

/** A check-in exactly as a client sent it; {@code version} is needed for edits only. */
public record CheckInInput(String note, String confidence, BigDecimal forecast, Long version) {}
