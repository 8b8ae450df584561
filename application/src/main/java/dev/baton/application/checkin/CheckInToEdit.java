package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.target.KpiTarget;
import java.util.Objects;

/** A check-in its caller may edit, with the target it is on: what an edit form opens with. */
public record CheckInToEdit(KpiTarget target, CheckIn checkIn) {

    public CheckInToEdit {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(checkIn, "checkIn");
    }
}
