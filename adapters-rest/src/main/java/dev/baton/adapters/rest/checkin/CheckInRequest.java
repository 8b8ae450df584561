package dev.baton.adapters.rest.checkin;

import dev.baton.application.checkin.CheckInInput;
import java.math.BigDecimal;

/** A check-in as a client sends it; {@code version} is needed for edits only. */
public record CheckInRequest(String note, String confidence, BigDecimal forecast, Long version) {

    public CheckInInput toInput() {
        return new CheckInInput(note, confidence, forecast, version);
    }
}
