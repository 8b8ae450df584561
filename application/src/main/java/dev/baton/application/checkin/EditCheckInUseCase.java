package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;

public interface EditCheckInUseCase {

    /**
     * Adds a wording to a check-in; the earlier ones stay.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the check-in changed since {@code version}
     */
    CheckIn edit(CheckInCommand command);
}
